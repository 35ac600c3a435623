package cn.dangjian.points;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules catalogue and the points settings. */
@Service
@PreAuthorize("isAuthenticated()")
public class PointsRulesService {

    private final PointsRuleRepository rules;
    private final PointsSettingsRepository settings;
    private final Validation validation;
    private final AuditService audit;
    private final Clock clock;
    private final Cached<PointsSettings> settingsCache;
    private final Cached<Map<Long, RuleTerms>> termsCache;

    PointsRulesService(
            PointsRuleRepository rules,
            PointsSettingsRepository settings,
            Validation validation,
            AuditService audit,
            Clock clock) {
        this.rules = rules;
        this.settings = settings;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
        this.settingsCache = new Cached<>(() -> load().valuesCopy(), 10);
        this.termsCache = new Cached<>(
                () -> rules.findAll().stream().collect(Collectors.toUnmodifiableMap(PointsRule::getId, RuleTerms::of)),
                10);
    }

    /** The settings entity as stored (with its version), for the administrator's form. */
    @Transactional(readOnly = true)
    public PointsSettings settings() {
        return load();
    }

    /**
     * The settings for the services' own reading (a cached copy: never to be modified).
     * No access rule of its own: only this package's classes call it, after their own checks.
     */
    @PreAuthorize("permitAll()")
    PointsSettings current() {
        return settingsCache.get();
    }

    /**
     * A rule's terms for checking and granting awards, from the cache.
     * No access rule of its own: only this package's classes call it, after their own checks.
     */
    @PreAuthorize("permitAll()")
    RuleTerms terms(long ruleId) {
        RuleTerms t = termsCache.get().get(ruleId);
        if (t == null) {
            throw new NotFoundException();
        }
        return t;
    }

    private PointsSettings load() {
        return settings.findFirstByOrderByIdAsc().orElseGet(() -> {
            PointsSettings s = new PointsSettings();
            s.setOpenYear(LocalDate.now(clock).getYear());
            return s;
        });
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PointsSettings saveSettings(PointsSettings input) {
        PointsSettings target = settings.findFirstByOrderByIdAsc().orElseGet(PointsSettings::new);
        if (target.getVersion() != input.getVersion()) {
            throw new BusinessException("error.conflict");
        }
        if (!(input.getBandExcellent() > input.getBandGood()
                && input.getBandGood() > input.getBandPass()
                && input.getBandPass() >= 0)) {
            throw new BusinessException("points.settings.bandsOrder");
        }
        if (input.getBasePoints() < 0
                || input.getStudyHoursTarget() < 0
                || input.getShortlistTopN() < 1
                || input.getLateAttendanceDays() < 0) {
            throw new BusinessException("points.settings.negative");
        }
        Map<String, Object> before = target.auditSnapshot();
        target.setBasePoints(input.getBasePoints());
        target.setOpenYear(input.getOpenYear());
        target.setBandExcellent(input.getBandExcellent());
        target.setBandGood(input.getBandGood());
        target.setBandPass(input.getBandPass());
        target.setStudyHoursTarget(input.getStudyHoursTarget());
        target.setShortlistTopN(input.getShortlistTopN());
        target.setShortlistThreshold(input.getShortlistThreshold());
        target.setMemberVisibility(input.getMemberVisibility());
        target.setSecretaryVisibility(input.getSecretaryVisibility());
        target.setApprover(input.getApprover());
        target.setLateAttendanceDays(input.getLateAttendanceDays());
        PointsSettings saved = settings.saveAndFlush(target);
        settingsCache.invalidateAfterCommit();
        audit.record("PointsSettings", saved.getId(), "UPDATE", "points", before, saved.auditSnapshot());
        return saved;
    }

    @Transactional(readOnly = true)
    public List<PointsRule> rules() {
        return rules.findAllOrdered();
    }

    @Transactional(readOnly = true)
    public List<PointsRule> activeRules() {
        return rules.findAllOrdered().stream().filter(PointsRule::isActive).toList();
    }

    @Transactional(readOnly = true)
    public PointsRule rule(long id) {
        return rules.findById(id).orElseThrow(NotFoundException::new);
    }

    /** Saves a rule; entries already in the ledger keep the points they were granted. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PointsRule saveRule(PointsRule input) {
        validation.check(input);
        checkRule(input);
        Long id = input.getId();
        PointsRule target = id == null ? new PointsRule() : rules.findById(id).orElseThrow(NotFoundException::new);
        if (target.getVersion() != input.getVersion()) {
            throw new BusinessException("error.conflict");
        }
        String code = input.getCode().trim().toUpperCase();
        if (id == null ? rules.existsByCode(code) : rules.existsByCodeAndIdNot(code, id)) {
            throw new BusinessException("points.rule.codeTaken", code);
        }
        Map<String, Object> before = id == null ? Map.of() : target.auditSnapshot();
        target.setCode(code);
        target.setName(input.getName().trim());
        target.setCategory(input.getCategory());
        target.setPoints(input.getPoints());
        target.setMinPoints(input.getMinPoints());
        target.setMaxPoints(input.getMaxPoints());
        target.setCapDay(input.getCapDay());
        target.setCapMonth(input.getCapMonth());
        target.setCapYear(input.getCapYear());
        target.setEventTypeCodes(
                input.getEventTypeCodes() == null || input.getEventTypeCodes().isBlank()
                        ? null
                        : input.getEventTypeCodes().replace(" ", ""));
        target.setEventTrigger(target.getEventTypeCodes() == null ? null : input.getEventTrigger());
        target.setActive(input.isActive());
        PointsRule saved = rules.saveAndFlush(target);
        termsCache.invalidateAfterCommit();
        audit.record(
                "PointsRule",
                saved.getId(),
                id == null ? "CREATE" : "UPDATE",
                saved.getName(),
                before,
                saved.auditSnapshot());
        return saved;
    }

    static void checkRule(PointsRule r) {
        if (r.getMinPoints() > r.getMaxPoints()
                || r.getPoints() < r.getMinPoints()
                || r.getPoints() > r.getMaxPoints()) {
            throw new BusinessException("points.rule.rangeInvalid");
        }
        if (r.getPoints() == 0) {
            throw new BusinessException("points.rule.zero");
        }
        for (Integer cap : new Integer[] {r.getCapDay(), r.getCapMonth(), r.getCapYear()}) {
            if (cap != null && cap <= 0) {
                throw new BusinessException("points.rule.capInvalid");
            }
        }
        if (r.getEventTypeCodes() != null && !r.getEventTypeCodes().isBlank() && r.getEventTrigger() == null) {
            throw new BusinessException("points.rule.triggerMissing");
        }
    }
}
