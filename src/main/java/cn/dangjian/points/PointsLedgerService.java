package cn.dangjian.points;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.audit.AuditService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing to the ledger: submissions, approval, direct awards and reversals (verification: LedgerVerificationService). */
@Service
@NullMarked
public class PointsLedgerService {

    private final Ledger ledger;
    private final LateAttendance lateAttendance;
    private final PointsSubmissionRepository submissions;
    private final PointsRulesService rulesService;
    private final MemberDirectory directory;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PointsLedgerService(Ledger ledger, LateAttendance lateAttendance, PointsSubmissionRepository submissions,
            PointsRulesService rulesService, MemberDirectory directory, CurrentUser currentUser, AuditService audit,
            JdbcTemplate jdbc, Clock clock) {
        this.ledger = ledger;
        this.lateAttendance = lateAttendance;
        this.submissions = submissions;
        this.rulesService = rulesService;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Submits manual entries (one or a batch) for approval; returns the batch key. All lines or none. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public String submit(List<SubmissionInput> lines) {
        if (lines.isEmpty()) {
            throw new BusinessException("points.submit.empty");
        }
        AppUser user = currentUser.require();
        PointsSettings settings = rulesService.current();
        Map<Long, Long> branches = directory.branchesOf(lines.stream().map(SubmissionInput::memberId).toList());
        String batch = UUID.randomUUID().toString();
        for (SubmissionInput line : lines) {
            Long branchId = branches.get(line.memberId());
            if (branchId == null) {
                throw new NotFoundException();
            }
            if (!user.isAdmin() && !branchId.equals(user.branchId())) {
                throw new BusinessException("points.submit.otherBranch");
            }
            RuleTerms rule = rulesService.terms(line.ruleId());
            checkLine(rule, line, settings.getOpenYear(), LocalDate.now(clock));
            PointsSubmission s = new PointsSubmission();
            s.setBatchKey(batch);
            s.setMemberId(line.memberId());
            s.setBranchId(branchId);
            s.setRuleId(rule.id());
            s.setPoints(line.points());
            s.setEntryDate(line.date());
            s.setNote(line.note() == null || line.note().isBlank() ? null : line.note().trim());
            s.setSubmittedBy(user.username());
            submissions.save(s);
        }
        submissions.flush();
        audit.record("PointsSubmission", null, "CREATE", batch, Map.of(), Map.of("lines", lines.size()));
        return batch;
    }

    static void checkLine(RuleTerms rule, SubmissionInput line, int openYear, LocalDate today) {
        if (!rule.active()) {
            throw new BusinessException("points.submit.ruleInactive", rule.name());
        }
        if (line.points() < rule.minPoints() || line.points() > rule.maxPoints() || line.points() == 0) {
            throw new BusinessException("points.submit.outOfRange", line.points(), rule.name(), rule.minPoints(),
                    rule.maxPoints());
        }
        if (line.date().getYear() != openYear) {
            throw new BusinessException("points.submit.closedYear", line.date().toString(), openYear);
        }
        if (line.date().isAfter(today)) {
            throw new BusinessException("points.submit.future");
        }
        if (line.note() != null && line.note().length() > 300) {
            throw new BusinessException("validation.tooLong", "note");
        }
    }

    /** Whether the viewer decides any submissions: administrators, and committee members when the setting says so. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canApprove() {
        ApprovalScope scope = approvalScope(currentUser.require());
        return scope.all() || !scope.branches().isEmpty();
    }

    /** Pending submissions the viewer may decide, oldest first: never lines where the viewer is the member. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SubmissionRow> pending(int offset, int limit) {
        ApprovalScope scope = approvalScope(currentUser.require());
        if (!scope.all() && scope.branches().isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String where = "s.status = 'PENDING'" + scope.sql(args);
        args.add(limit);
        args.add(offset);
        return submissionRows(where + " order by s.created_date, s.id limit ? offset ?", args);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countPending() {
        ApprovalScope scope = approvalScope(currentUser.require());
        if (!scope.all() && scope.branches().isEmpty()) {
            return 0;
        }
        List<Object> args = new ArrayList<>();
        Long n = jdbc.queryForObject("select count(*) from points_submission s where s.status = 'PENDING'" + scope.sql(args),
                Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** The viewer's own submissions, newest first, with the decision and its reason. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public List<SubmissionRow> mySubmissions(int offset, int limit) {
        return submissionRows("s.submitted_by = ? order by s.created_date desc, s.id desc limit ? offset ?",
                List.of(currentUser.require().username(), limit, offset));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public long countMySubmissions() {
        Long n = jdbc.queryForObject("select count(*) from points_submission where submitted_by = ?", Long.class,
                currentUser.require().username());
        return n == null ? 0 : n;
    }

    private List<SubmissionRow> submissionRows(String whereAndOrder, List<Object> args) {
        return jdbc.query("""
                select s.id, s.batch_key, s.member_id, m.name, b.name, r.name, s.points, s.entry_date, s.note,
                       s.submitted_by, s.created_date, s.status, s.decided_by, s.decision_reason,
                       s.source_type, s.event_id, s.event_title, s.target_state
                from points_submission s join party_member m on m.id = s.member_id
                  join party_branch b on b.id = s.branch_id join points_rule r on r.id = s.rule_id
                where\s""" + whereAndOrder,
                (rs, i) -> new SubmissionRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getObject(8, LocalDate.class),
                        rs.getString(9), rs.getString(10),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(),
                        SubmissionStatus.valueOf(rs.getString(12)), rs.getString(13), rs.getString(14),
                        SourceType.valueOf(rs.getString(15)), rs.getObject(16, Long.class), rs.getString(17),
                        rs.getString(18)),
                args.toArray());
    }

    /**
     * Whose submissions a user decides: everyone's, or those of the branches on whose committee they sit;
     * never the lines where they themselves are the member ({@code self}), whoever submitted them.
     */
    record ApprovalScope(boolean all, List<Long> branches, @Nullable Long self) {

        boolean covers(long branchId) {
            return all || branches.contains(branchId);
        }

        String sql(List<Object> args) {
            String notSelf = "";
            if (self != null) {
                args.add(self);
                notSelf = " and s.member_id <> ?";
            }
            if (all) {
                return notSelf;
            }
            args.addAll(branches);
            return notSelf + " and s.branch_id in ("
                    + String.join(",", java.util.Collections.nCopies(branches.size(), "?")) + ")";
        }
    }

    ApprovalScope approvalScope(AppUser user) {
        if (user.isAdmin()) {
            return new ApprovalScope(true, List.of(), user.memberId());
        }
        if (user.memberId() == null || rulesService.current().getApprover() != Approver.BRANCH_COMMITTEE
                || user.isLeader()) {
            return new ApprovalScope(false, List.of(), null);
        }
        return new ApprovalScope(false, directory.committeeBranchesOf(user.memberId()), user.memberId());
    }

    /**
     * Approves submissions: each becomes a ledger entry (capped by its rule); a late-attendance line applies the
     * attendance it asks for. Refuses one's own and those where one is the member.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int approve(Collection<Long> ids) {
        AppUser user = currentUser.require();
        int granted = 0;
        for (PointsSubmission s : decidable(ids, user)) {
            if (s.getSourceType() == SourceType.EVENT) {
                EventAttendancePoints.Outcome outcome = lateAttendance.approve(s, user.username());
                List<Long> entries = outcome.entries();
                s.setStatus(SubmissionStatus.APPROVED);
                s.setDecidedBy(user.username());
                s.setDecidedAt(Instant.now(clock));
                s.setEntryId(entries.isEmpty() ? null : entries.get(entries.size() - 1));
                granted += outcome.net();
                audit.record("PointsSubmission", s.getId(), "APPROVE", s.getBatchKey(), Map.of("status", "PENDING"),
                        Map.of("status", "APPROVED", "event", String.valueOf(s.getEventId()), "entries", entries.size()));
                continue;
            }
            if (s.getEntryDate().getYear() < rulesService.current().getOpenYear()) {
                // Submitted before the year was closed: closed years are frozen, so it can only be rejected now.
                throw new BusinessException("points.approve.closedYear", String.valueOf(s.getEntryDate().getYear()));
            }
            RuleTerms rule = rulesService.terms(s.getRuleId());
            Ledger.Result r = ledger.append(Award.of(rule, s.getMemberId(), s.getBranchId(), s.getPoints(),
                    s.getEntryDate(), SourceType.MANUAL, s.getId(), s.getNote(), s.getSubmittedBy(), user.username()));
            s.setStatus(SubmissionStatus.APPROVED);
            s.setDecidedBy(user.username());
            s.setDecidedAt(Instant.now(clock));
            s.setEntryId(r.entryId());
            granted += r.granted();
            audit.record("PointsSubmission", s.getId(), "APPROVE", s.getBatchKey(), Map.of("status", "PENDING"),
                    Map.of("status", "APPROVED", "granted", r.granted()));
        }
        submissions.flush();
        return granted;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void reject(Collection<Long> ids, String reason) {
        if (reason.isBlank()) {
            throw new BusinessException("points.reject.reasonRequired");
        }
        AppUser user = currentUser.require();
        for (PointsSubmission s : decidable(ids, user)) {
            s.setStatus(SubmissionStatus.REJECTED);
            s.setDecidedBy(user.username());
            s.setDecidedAt(Instant.now(clock));
            s.setDecisionReason(reason.trim());
            audit.record("PointsSubmission", s.getId(), "REJECT", s.getBatchKey(), Map.of("status", "PENDING"),
                    Map.of("status", "REJECTED", "reason", reason.trim()));
        }
        submissions.flush();
    }

    private List<PointsSubmission> decidable(Collection<Long> ids, AppUser user) {
        ApprovalScope scope = approvalScope(user);
        if (!scope.all() && scope.branches().isEmpty()) {
            throw new AccessDeniedException("decides no submissions");
        }
        List<PointsSubmission> found = submissions.findAllByIdIn(ids);
        if (found.size() != ids.size() || !found.stream().allMatch(s -> scope.covers(s.getBranchId()))) {
            throw new NotFoundException();
        }
        for (PointsSubmission s : found) {
            if (s.getStatus() != SubmissionStatus.PENDING) {
                throw new BusinessException("points.approve.alreadyDecided");
            }
            if (s.getSubmittedBy().equals(user.username())) {
                throw new BusinessException("points.approve.own");
            }
            if (user.memberId() != null && user.memberId() == s.getMemberId()) {
                throw new BusinessException("points.approve.beneficiary");
            }
        }
        return found;
    }

    /** Appends an entry directly (imports, administrator's own corrections): capped by the rule. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public int award(long memberId, long ruleId, int points, LocalDate date, @Nullable String reason) {
        RuleTerms rule = rulesService.terms(ruleId);
        SubmissionInput line = new SubmissionInput(memberId, ruleId, points, date, reason);
        checkLine(rule, line, rulesService.current().getOpenYear(), LocalDate.now(clock));
        String user = currentUser.require().username();
        return ledger.append(Award.of(rule, memberId, directory.branchOf(memberId), points, date, SourceType.IMPORT,
                null, reason, user, user)).granted();
    }

    /** Corrects an entry by appending its opposite; the original stays in the ledger. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
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
        Integer already = jdbc.queryForObject("select count(*) from points_entry where member_id = ? and reverses_id = ?",
                Integer.class, e.get("member_id"), entryId);
        if (e.get("reverses_id") != null || (already != null && already > 0)) {
            throw new BusinessException("points.reverse.already");
        }
        String user = currentUser.require().username();
        ledger.append(Award.reversal(((Number) e.get("member_id")).longValue(), ((Number) e.get("branch_id")).longValue(),
                ((Number) e.get("rule_id")).longValue(), -((Number) e.get("points")).intValue(),
                ((java.sql.Date) e.get("entry_date")).toLocalDate(), SourceType.REVERSAL, entryId, entryId,
                reason.trim(), user));
        audit.record("PointsEntry", entryId, "REVERSE", null, Map.of(), Map.of("reason", reason.trim()));
    }
}
