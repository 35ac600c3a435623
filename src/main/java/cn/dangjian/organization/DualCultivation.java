package cn.dangjian.organization;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The 双培养 pipeline: how many serving branches have a 双带头人 secretary (a department head or key
 * staff member), the department heads not yet doing Party work (to cultivate into secretaries), and the
 * secretaries who are neither (to cultivate into department heads).
 */
public record DualCultivation(
        int servingBranches,
        List<Person> secretaries,
        List<Person> headsNotPartyWorkers,
        List<BranchRef> servingBranchesWithoutSecretary) {

    /** A member as this view needs them; branch is the branch they serve as secretary of, or belong to. */
    public record Person(
            Long memberId,
            String name,
            String staffNumber,
            @Nullable String department,
            String branchCode,
            String branchName,
            @Nullable String title,
            boolean departmentHead,
            boolean keyStaff) {

        public boolean dualLeader() {
            return departmentHead || keyStaff;
        }
    }

    public long dualLeaders() {
        return secretaries.stream()
                .map(Person::branchCode)
                .distinct()
                .filter(code ->
                        secretaries.stream().anyMatch(p -> p.branchCode().equals(code) && p.dualLeader()))
                .count();
    }

    public List<Person> secretariesToCultivate() {
        return secretaries.stream().filter(p -> !p.dualLeader()).toList();
    }
}
