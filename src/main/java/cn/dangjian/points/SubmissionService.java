package cn.dangjian.points;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.db.RetryOnConflict;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manual points submitted for approval by the office and the branch secretaries, and their own list of them. */
@Service
@RetryOnConflict
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class SubmissionService {

    private final PointsSubmissionRepository submissions;
    private final SubmissionRows rows;
    private final PointsRulesService rulesService;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SubmissionService(
            PointsSubmissionRepository submissions,
            SubmissionRows rows,
            PointsRulesService rulesService,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            AuditService audit,
            JdbcTemplate jdbc,
            Clock clock) {
        this.submissions = submissions;
        this.rows = rows;
        this.rulesService = rulesService;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Submits manual entries (one or a batch) for approval; returns the batch key. All lines or none. */
    @Transactional
    public String submit(List<SubmissionInput> lines) {
        if (lines.isEmpty()) {
            throw new BusinessException("points.submit.empty");
        }
        AppUser user = currentUser.require();
        PointsSettings settings = rulesService.current();
        Map<Long, Long> branches = organization.branchesOfMembers(
                lines.stream().map(SubmissionInput::memberId).toList());
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
            s.setNote(
                    line.note() == null || line.note().isBlank()
                            ? null
                            : line.note().trim());
            s.setSubmittedBy(user.username());
            submissions.save(s);
        }
        submissions.flush();
        audit.record("PointsSubmission", null, "CREATE", batch, Map.of(), Map.of("lines", lines.size()));
        return batch;
    }

    /** The rule's terms for one line, shared with the administrator's direct awards. */
    static void checkLine(RuleTerms rule, SubmissionInput line, int openYear, LocalDate today) {
        if (!rule.active()) {
            throw new BusinessException("points.submit.ruleInactive", rule.name());
        }
        if (line.points() < rule.minPoints() || line.points() > rule.maxPoints() || line.points() == 0) {
            throw new BusinessException(
                    "points.submit.outOfRange", line.points(), rule.name(), rule.minPoints(), rule.maxPoints());
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

    /** The viewer's own submissions, newest first, with the decision and its reason. */
    @Transactional(readOnly = true)
    public List<SubmissionRow> mySubmissions(int offset, int limit) {
        return rows.read(
                "s.submitted_by = ? order by s.created_date desc, s.id desc limit ? offset ?",
                List.of(currentUser.require().username(), limit, offset));
    }

    @Transactional(readOnly = true)
    public long countMySubmissions() {
        Long n = jdbc.queryForObject(
                "select count(*) from points_submission where submitted_by = ?",
                Long.class,
                currentUser.require().username());
        return n == null ? 0 : n;
    }
}
