package cn.dangjian.points;

import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.MemberLabel;
import cn.dangjian.organization.OrganizationDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Submissions as the approval queue and the submitter's list show them: the rows from points, the member's and
 * the branch's names from the organisation's read API. A line whose member or branch no longer exists is left
 * out, as the join that used to read them did.
 */
@Component
class SubmissionRows {

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;

    SubmissionRows(JdbcTemplate jdbc, OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    /** A row as read, before the names: the branch the line was submitted for. */
    private record Stored(SubmissionRow row, long branchId) {}

    List<SubmissionRow> read(String whereAndOrder, List<Object> args) {
        List<Stored> stored = jdbc.query(
                """
                select s.id, s.batch_key, s.member_id, s.branch_id, r.name, s.points, s.entry_date, s.note,
                       s.submitted_by, s.created_date, s.status, s.decided_by, s.decision_reason,
                       s.source_type, s.event_id, s.event_title, s.target_state
                from points_submission s join points_rule r on r.id = s.rule_id
                where\s""" + whereAndOrder,
                (rs, i) -> new Stored(
                        new SubmissionRow(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getLong(3),
                                "",
                                "",
                                rs.getString(5),
                                rs.getInt(6),
                                rs.getObject(7, LocalDate.class),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getTimestamp(10) == null
                                        ? null
                                        : rs.getTimestamp(10).toInstant(),
                                SubmissionStatus.valueOf(rs.getString(11)),
                                rs.getString(12),
                                rs.getString(13),
                                SourceType.valueOf(rs.getString(14)),
                                rs.getObject(15, Long.class),
                                rs.getString(16),
                                rs.getString(17)),
                        rs.getLong(4)),
                args.toArray());
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberLabel> members = organization.memberLabels(
                stored.stream().map(s -> s.row().memberId()).collect(Collectors.toSet()));
        Map<Long, String> branches =
                organization.branches().stream().collect(Collectors.toMap(BranchRef::id, BranchRef::name));
        List<SubmissionRow> result = new ArrayList<>(stored.size());
        for (Stored s : stored) {
            MemberLabel member = members.get(s.row().memberId());
            String branch = branches.get(s.branchId());
            if (member != null && branch != null) {
                result.add(named(s.row(), member.name(), branch));
            }
        }
        return result;
    }

    private static SubmissionRow named(SubmissionRow r, String memberName, String branchName) {
        return new SubmissionRow(
                r.id(),
                r.batchKey(),
                r.memberId(),
                memberName,
                branchName,
                r.ruleName(),
                r.points(),
                r.date(),
                r.note(),
                r.submittedBy(),
                r.submittedAt(),
                r.status(),
                r.decidedBy(),
                r.decisionReason(),
                r.sourceType(),
                r.eventId(),
                r.eventTitle(),
                r.targetState());
    }
}
