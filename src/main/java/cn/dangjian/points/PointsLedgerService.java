package cn.dangjian.points;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.db.RetryOnConflict;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's direct writes to the ledger: awards (imports, own corrections) and reversals. Submissions
 * are {@link SubmissionService}, their decisions {@link ApprovalService}, verification LedgerVerificationService.
 */
@Service
@RetryOnConflict
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class PointsLedgerService {

    private final Ledger ledger;
    private final PointsRulesService rulesService;
    private final PointsRuleRepository rules;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PointsLedgerService(
            Ledger ledger,
            PointsRulesService rulesService,
            PointsRuleRepository rules,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            AuditService audit,
            JdbcTemplate jdbc,
            Clock clock) {
        this.ledger = ledger;
        this.rulesService = rulesService;
        this.rules = rules;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends an entry directly (imports, administrator's own corrections): capped by the rule. */
    @Transactional
    public int award(long memberId, long ruleId, int points, LocalDate date, @Nullable String reason) {
        RuleTerms rule = rulesService.terms(ruleId);
        SubmissionInput line = new SubmissionInput(memberId, ruleId, points, date, reason);
        SubmissionService.checkLine(rule, line, rulesService.current().getOpenYear(), LocalDate.now(clock));
        Long branchId = organization.branchesOfMembers(List.of(memberId)).get(memberId);
        if (branchId == null) {
            throw new NotFoundException();
        }
        String user = currentUser.require().username();
        return ledger.append(
                        Award.of(rule, memberId, branchId, points, date, SourceType.IMPORT, null, reason, user, user))
                .granted();
    }

    /**
     * Awards the rule {@code ruleCode} at its own points for another feature's decision (an honour), once per
     * source: the member's chain head is locked, then an entry from this source is looked for, as the need
     * listener does. Returns the entry's id (the one found when it was awarded already), or null when the rule is
     * missing or turned off, the decision falls outside the open year, or the caps granted nothing.
     */
    @Transactional
    public @Nullable Long awardOnce(
            long memberId, String ruleCode, SourceType type, long sourceId, LocalDate date, String reason) {
        PointsRule rule =
                rules.findByCode(ruleCode).filter(PointsRule::isActive).orElse(null);
        if (rule == null || date.getYear() != rulesService.current().getOpenYear()) {
            return null;
        }
        Long branchId = organization.branchesOfMembers(List.of(memberId)).get(memberId);
        if (branchId == null) {
            throw new NotFoundException();
        }
        ledger.lockMember(memberId);
        List<Long> found = jdbc.queryForList(
                "select id from points_entry where source_type = ? and source_id = ? and member_id = ? order by id",
                Long.class,
                type.name(),
                sourceId,
                memberId);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        String user = currentUser.require().username();
        return ledger.append(
                        Award.of(rule, memberId, branchId, rule.getPoints(), date, type, sourceId, reason, user, user))
                .entryId();
    }

    /** Corrects an entry by appending its opposite; the original stays in the ledger. */
    @Transactional
    public void reverse(long entryId, String reason) {
        if (reason.isBlank()) {
            throw new BusinessException("points.reverse.reasonRequired");
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select member_id, branch_id, rule_id, points, entry_date, reverses_id from points_entry where id = ?",
                entryId);
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Map<String, Object> e = rows.get(0);
        // By member first: reverses_id has no index of its own, and the member's entries are a few hundred.
        Integer already = jdbc.queryForObject(
                "select count(*) from points_entry where member_id = ? and reverses_id = ?",
                Integer.class,
                e.get("member_id"),
                entryId);
        if (e.get("reverses_id") != null || (already != null && already > 0)) {
            throw new BusinessException("points.reverse.already");
        }
        String user = currentUser.require().username();
        ledger.append(Award.reversal(
                ((Number) e.get("member_id")).longValue(),
                ((Number) e.get("branch_id")).longValue(),
                ((Number) e.get("rule_id")).longValue(),
                -((Number) e.get("points")).intValue(),
                ((Date) e.get("entry_date")).toLocalDate(),
                SourceType.REVERSAL,
                entryId,
                entryId,
                reason.trim(),
                user));
        audit.record("PointsEntry", entryId, "REVERSE", null, Map.of(), Map.of("reason", reason.trim()));
    }
}
