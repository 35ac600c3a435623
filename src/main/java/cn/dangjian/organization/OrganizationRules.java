package cn.dangjian.organization;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The organisation rules of the branch work regulation, as plain functions. */
public final class OrganizationRules {

    public static final int MIN_FULL_MEMBERS = 3;
    public static final int COMMITTEE_FROM_FULL_MEMBERS = 7;
    public static final int MAX_MEMBERS = 50;
    public static final int TERM_WARNING_DAYS = 90;

    private OrganizationRules() {}

    public static List<BranchWarning> branchWarnings(
            BranchKind kind,
            long fullMembers,
            long allMembers,
            int committeeSeats,
            boolean hasSecretary,
            @Nullable LocalDate termEnd,
            LocalDate today) {
        List<BranchWarning> warnings = new ArrayList<>();
        if (fullMembers < MIN_FULL_MEMBERS) {
            warnings.add(new BranchWarning(BranchWarning.Type.TOO_FEW_FULL_MEMBERS, fullMembers));
        }
        if (fullMembers >= COMMITTEE_FROM_FULL_MEMBERS && committeeSeats == 0) {
            warnings.add(new BranchWarning(BranchWarning.Type.NEEDS_COMMITTEE, fullMembers));
        }
        if (allMembers > MAX_MEMBERS) {
            warnings.add(new BranchWarning(BranchWarning.Type.TOO_LARGE, allMembers));
        }
        if (kind.isServing() && !hasSecretary) {
            warnings.add(new BranchWarning(BranchWarning.Type.NO_SECRETARY, 0));
        }
        if (termEnd != null && committeeSeats > 0) {
            long days = ChronoUnit.DAYS.between(today, termEnd);
            if (days < 0) {
                warnings.add(new BranchWarning(BranchWarning.Type.TERM_OVERDUE, -days));
            } else if (days <= TERM_WARNING_DAYS) {
                warnings.add(new BranchWarning(BranchWarning.Type.TERM_ENDING, days));
            }
        }
        return warnings;
    }

    /**
     * Every serving department must be covered by exactly one serving branch.
     *
     * @param departments   the serving departments, id → name
     * @param branchCoverage serving branches, branch name → the department ids it covers
     */
    public static Coverage coverage(
            Map<Long, String> departments, Map<String, ? extends Collection<Long>> branchCoverage) {
        Map<Long, List<String>> coveredBy = new LinkedHashMap<>();
        departments.keySet().forEach(id -> coveredBy.put(id, new ArrayList<>()));
        branchCoverage.forEach((branch, ids) -> ids.forEach(id -> {
            List<String> list = coveredBy.get(id);
            if (list != null) {
                list.add(branch);
            }
        }));
        List<String> gaps = new ArrayList<>();
        Map<String, List<String>> overlaps = new LinkedHashMap<>();
        coveredBy.forEach((id, branches) -> {
            if (branches.isEmpty()) {
                gaps.add(departments.get(id));
            } else if (branches.size() > 1) {
                overlaps.put(departments.get(id), List.copyOf(branches));
            }
        });
        return new Coverage(List.copyOf(gaps), overlaps);
    }

    /** Departments covered by no branch, and departments covered by several (name → branch names). */
    public record Coverage(List<String> gaps, Map<String, List<String>> overlaps) {

        public boolean isComplete() {
            return gaps.isEmpty() && overlaps.isEmpty();
        }
    }

    static Set<CommitteeRole> singleSeatRoles() {
        return Set.of(CommitteeRole.SECRETARY, CommitteeRole.DEPUTY_SECRETARY);
    }
}
