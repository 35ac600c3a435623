package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.security.Roles;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Event types and duty rules (规定动作): read by everybody, changed by the administrator. */
@Service
@PreAuthorize("isAuthenticated()")
public class EventTypeService {

    private final EventTypeRepository types;
    private final DutyRuleRepository rules;
    private final Validation validation;
    private final AuditService audit;

    EventTypeService(EventTypeRepository types, DutyRuleRepository rules, Validation validation, AuditService audit) {
        this.types = types;
        this.rules = rules;
        this.validation = validation;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<EventType> types() {
        return types.findAllOrdered();
    }

    @Transactional(readOnly = true)
    public List<DutyRule> rules() {
        return rules.findAllWithType();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public EventType saveType(EventType input) {
        input.setCode(input.getCode().trim().toUpperCase(Locale.ROOT));
        validation.check(input);
        Long id = input.getId();
        EventType target = id == null ? new EventType() : types.findById(id).orElseThrow(NotFoundException::new);
        if (target.getVersion() != input.getVersion()) {
            throw new BusinessException("error.conflict");
        }
        if (id == null && types.existsByCode(input.getCode())) {
            throw new BusinessException("calendar.type.codeTaken", input.getCode());
        }
        if (id != null && !target.getCode().equals(input.getCode())) {
            // Points and pairings key on the code: it never changes once created.
            throw new BusinessException("calendar.type.codeFixed");
        }
        Map<String, Object> before = id == null ? Map.of() : target.auditSnapshot();
        target.setCode(input.getCode());
        target.setNameZh(input.getNameZh().trim());
        target.setNameEn(input.getNameEn().trim());
        target.setColor(input.getColor().toLowerCase(Locale.ROOT));
        target.setCountsCompliance(input.isCountsCompliance());
        target.setStudy(input.isStudy());
        target.setDefaultHours(input.getDefaultHours());
        target.setSortOrder(input.getSortOrder());
        target.setActive(input.isActive());
        EventType saved = types.saveAndFlush(target);
        audit.record(
                "EventType",
                saved.getId(),
                id == null ? "CREATE" : "UPDATE",
                saved.getNameZh(),
                before,
                saved.auditSnapshot());
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public DutyRule saveRule(DutyRule input, Long typeId) {
        input.setEventType(types.findById(typeId).orElseThrow(NotFoundException::new));
        validation.check(input);
        if (!input.isAppliesServing() && !input.isAppliesRetiree()) {
            throw new BusinessException("calendar.rule.noBranches");
        }
        if (input.getRecurrence() == Recurrence.QUARTERLY
                && input.getWindowMonth() != null
                && input.getWindowMonth() > 3) {
            throw new BusinessException("calendar.rule.quarterWindow");
        }
        Long id = input.getId();
        DutyRule target = id == null ? new DutyRule() : rules.findById(id).orElseThrow(NotFoundException::new);
        if (target.getVersion() != input.getVersion()) {
            throw new BusinessException("error.conflict");
        }
        Map<String, Object> before = id == null ? Map.of() : target.auditSnapshot();
        target.setEventType(input.getEventType());
        target.setRecurrence(input.getRecurrence());
        target.setWindowMonth(input.getRecurrence() == Recurrence.MONTHLY ? null : input.getWindowMonth());
        target.setWindowDay(input.getRecurrence() == Recurrence.MONTHLY ? input.getWindowDay() : null);
        target.setAppliesServing(input.isAppliesServing());
        target.setAppliesRetiree(input.isAppliesRetiree());
        target.setActive(input.isActive());
        DutyRule saved = rules.saveAndFlush(target);
        audit.record(
                "DutyRule",
                saved.getId(),
                id == null ? "CREATE" : "UPDATE",
                saved.getEventType().getNameZh(),
                before,
                saved.auditSnapshot());
        return saved;
    }

    /**
     * The active duties that count toward compliance, for serving or for retiree branches.
     * No access rule of its own: only this package's classes call it, after their own checks.
     */
    @PreAuthorize("permitAll()")
    List<DutySpec> specs(boolean serving) {
        return rules.findAllWithType().stream()
                .filter(r -> r.isActive()
                        && r.getEventType().isActive()
                        && r.getEventType().isCountsCompliance())
                .filter(r -> serving ? r.isAppliesServing() : r.isAppliesRetiree())
                .map(r -> new DutySpec(
                        r.getEventType().getId(),
                        r.getEventType().getCode(),
                        r.getRecurrence(),
                        r.getWindowMonth(),
                        r.getWindowDay()))
                .toList();
    }
}
