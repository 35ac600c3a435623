package cn.dangjian.points;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.db.RetryOnConflict;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deciding submissions: the queue of those the viewer may decide, approval into the ledger (capped by the rule;
 * a late-attendance line applies the attendance it asks for) and rejection with a reason.
 */
@Service
@RetryOnConflict
@PreAuthorize("isAuthenticated()")
public class ApprovalService {

    private final Ledger ledger;
    private final LateAttendance lateAttendance;
    private final PointsSubmissionRepository submissions;
    private final SubmissionRows rows;
    private final PointsRulesService rulesService;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApprovalService(
            Ledger ledger,
            LateAttendance lateAttendance,
            PointsSubmissionRepository submissions,
            SubmissionRows rows,
            PointsRulesService rulesService,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            AuditService audit,
            JdbcTemplate jdbc,
            Clock clock) {
        this.ledger = ledger;
        this.lateAttendance = lateAttendance;
        this.submissions = submissions;
        this.rows = rows;
        this.rulesService = rulesService;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the viewer decides any submissions: administrators, and committee members when the setting says so. */
    @Transactional(readOnly = true)
    public boolean canApprove() {
        ApprovalScope scope = approvalScope(currentUser.require());
        return scope.all() || !scope.branches().isEmpty();
    }

    /** Pending submissions the viewer may decide, oldest first: never lines where the viewer is the member. */
    @Transactional(readOnly = true)
    public List<SubmissionRow> pending(int offset, int limit) {
        ApprovalScope scope = approvalScope(currentUser.require());
        if (!scope.all() && scope.branches().isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String where = "s.status = 'PENDING'" + scope.sql(args);
        args.add(limit);
        args.add(offset);
        return rows.read(where + " order by s.created_date, s.id limit ? offset ?", args);
    }

    @Transactional(readOnly = true)
    public long countPending() {
        ApprovalScope scope = approvalScope(currentUser.require());
        if (!scope.all() && scope.branches().isEmpty()) {
            return 0;
        }
        List<Object> args = new ArrayList<>();
        Long n = jdbc.queryForObject(
                "select count(*) from points_submission s where s.status = 'PENDING'" + scope.sql(args),
                Long.class,
                args.toArray());
        return n == null ? 0 : n;
    }

    /**
     * Whose submissions a user decides: everyone's, or those of the branches on whose committee they sit;
     * never the lines where they themselves are the member ({@code self}), whoever submitted them.
     */
    record ApprovalScope(
            boolean all, List<Long> branches, @Nullable Long self) {

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
            return notSelf + " and s.branch_id in (" + String.join(",", Collections.nCopies(branches.size(), "?"))
                    + ")";
        }
    }

    /** No access rule of its own: only this package's classes call it, after their own checks. */
    @PreAuthorize("permitAll()")
    ApprovalScope approvalScope(AppUser user) {
        if (user.isAdmin()) {
            return new ApprovalScope(true, List.of(), user.memberId());
        }
        if (user.memberId() == null
                || rulesService.current().getApprover() != Approver.BRANCH_COMMITTEE
                || user.isLeader()) {
            return new ApprovalScope(false, List.of(), null);
        }
        return new ApprovalScope(false, organization.committeeBranchesOf(user.memberId()), user.memberId());
    }

    /**
     * Approves submissions: each becomes a ledger entry (capped by its rule); a late-attendance line applies the
     * attendance it asks for. Refuses one's own and those where one is the member.
     */
    @Transactional
    public int approve(Collection<Long> ids) {
        AppUser user = currentUser.require();
        int granted = 0;
        for (PointsSubmission s : decidable(ids, user)) {
            granted += s.getSourceType() == SourceType.EVENT ? approveAttendance(s, user) : approveManual(s, user);
        }
        submissions.flush();
        return granted;
    }

    private int approveAttendance(PointsSubmission s, AppUser user) {
        EventAttendancePoints.Outcome outcome = lateAttendance.approve(s, user.username());
        List<Long> entries = outcome.entries();
        s.setStatus(SubmissionStatus.APPROVED);
        s.setDecidedBy(user.username());
        s.setDecidedAt(Instant.now(clock));
        s.setEntryId(entries.isEmpty() ? null : entries.get(entries.size() - 1));
        audit.record(
                "PointsSubmission",
                s.getId(),
                "APPROVE",
                s.getBatchKey(),
                Map.of("status", "PENDING"),
                Map.of("status", "APPROVED", "event", String.valueOf(s.getEventId()), "entries", entries.size()));
        return outcome.net();
    }

    private int approveManual(PointsSubmission s, AppUser user) {
        if (s.getEntryDate().getYear() < rulesService.current().getOpenYear()) {
            // Submitted before the year was closed: closed years are frozen, so it can only be rejected now.
            throw new BusinessException(
                    "points.approve.closedYear", String.valueOf(s.getEntryDate().getYear()));
        }
        RuleTerms rule = rulesService.terms(s.getRuleId());
        Ledger.Result r = ledger.append(Award.of(
                rule,
                s.getMemberId(),
                s.getBranchId(),
                s.getPoints(),
                s.getEntryDate(),
                SourceType.MANUAL,
                s.getId(),
                s.getNote(),
                s.getSubmittedBy(),
                user.username()));
        s.setStatus(SubmissionStatus.APPROVED);
        s.setDecidedBy(user.username());
        s.setDecidedAt(Instant.now(clock));
        s.setEntryId(r.entryId());
        audit.record(
                "PointsSubmission",
                s.getId(),
                "APPROVE",
                s.getBatchKey(),
                Map.of("status", "PENDING"),
                Map.of("status", "APPROVED", "granted", r.granted()));
        return r.granted();
    }

    @Transactional
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
            audit.record(
                    "PointsSubmission",
                    s.getId(),
                    "REJECT",
                    s.getBatchKey(),
                    Map.of("status", "PENDING"),
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
}
