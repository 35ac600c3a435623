package cn.dangjian.plan;

import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns assignments into list rows (branch names, overdue today) and counts them per owner. */
@Component
class AssignmentRows {

    private final OrganizationDirectory organization;
    private final Clock clock;

    AssignmentRows(OrganizationDirectory organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    List<AssignmentRow> rows(List<Assignment> found) {
        Map<Long, BranchRef> branches = organization.branchesById();
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(a -> row(a, branches, today)).toList();
    }

    AssignmentRow row(Assignment a) {
        return row(a, organization.branchesById(), LocalDate.now(clock));
    }

    /** Open (not accepted) past its due date: the same rule as {@code FollowUpFacts.Assignments.overdue}. */
    static boolean overdue(Assignment a, LocalDate today) {
        return a.getState().isOpen() && a.task().dueDate().isBefore(today);
    }

    private static AssignmentRow row(Assignment a, Map<Long, BranchRef> branches, LocalDate today) {
        KeyTask t = a.task();
        Long b = a.getBranchId();
        BranchRef branch = b == null ? null : branches.get(b);
        return new AssignmentRow(
                Objects.requireNonNull(a.getId()),
                a.getVersion(),
                Objects.requireNonNull(t.getId()),
                t.getTitle(),
                t.getCategory(),
                b,
                branch == null ? null : branch.name(),
                a.getState(),
                t.dueDate(),
                overdue(a, today),
                t.getEvidenceKind(),
                a.getReportedOn(),
                a.getReportedBy());
    }

    /** Per owner, the most overdue first; the office's own row has no branch and an empty name. */
    static List<BranchFollowUp> perOwner(List<AssignmentRow> rows) {
        Map<Long, List<AssignmentRow>> byOwner =
                rows.stream().collect(Collectors.groupingBy(r -> r.branchId() == null ? -1L : r.branchId()));
        return byOwner.values().stream()
                .map(rs -> new BranchFollowUp(
                        rs.getFirst().branchId(),
                        Objects.requireNonNullElse(rs.getFirst().branchName(), ""),
                        rs.size(),
                        (int) rs.stream().filter(r -> r.state().isOpen()).count(),
                        (int) rs.stream()
                                .filter(r -> r.state() == AssignmentState.REPORTED)
                                .count(),
                        (int) rs.stream()
                                .filter(r -> r.state() == AssignmentState.ACCEPTED)
                                .count(),
                        (int) rs.stream().filter(AssignmentRow::overdue).count()))
                .sorted(Comparator.comparingInt(BranchFollowUp::overdue)
                        .reversed()
                        .thenComparing(BranchFollowUp::name))
                .toList();
    }
}
