package cn.dangjian.organization;

import static cn.dangjian.organization.BranchWarning.Type.NEEDS_COMMITTEE;
import static cn.dangjian.organization.BranchWarning.Type.NO_SECRETARY;
import static cn.dangjian.organization.BranchWarning.Type.TERM_ENDING;
import static cn.dangjian.organization.BranchWarning.Type.TERM_OVERDUE;
import static cn.dangjian.organization.BranchWarning.Type.TOO_FEW_FULL_MEMBERS;
import static cn.dangjian.organization.BranchWarning.Type.TOO_LARGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static List<BranchWarning.Type> warnings(
            BranchKind kind, long full, long all, int seats, boolean secretary, LocalDate termEnd) {
        return OrganizationRules.branchWarnings(kind, full, all, seats, secretary, termEnd, TODAY).stream()
                .map(BranchWarning::type)
                .toList();
    }

    @Test
    void a_healthy_branch_has_no_warnings() {
        assertThat(warnings(BranchKind.CLINICAL, 20, 22, 3, true, TODAY.plusYears(2)))
                .isEmpty();
    }

    @Test
    void fewer_than_three_full_members_is_flagged_three_is_not() {
        assertThat(warnings(BranchKind.CLINICAL, 2, 5, 1, true, null)).contains(TOO_FEW_FULL_MEMBERS);
        assertThat(warnings(BranchKind.CLINICAL, 3, 3, 1, true, null)).doesNotContain(TOO_FEW_FULL_MEMBERS);
    }

    @Test
    void seven_full_members_need_a_committee_six_do_not() {
        assertThat(warnings(BranchKind.CLINICAL, 7, 7, 0, true, null)).contains(NEEDS_COMMITTEE);
        assertThat(warnings(BranchKind.CLINICAL, 6, 9, 0, true, null)).doesNotContain(NEEDS_COMMITTEE);
        assertThat(warnings(BranchKind.CLINICAL, 7, 7, 3, true, null)).doesNotContain(NEEDS_COMMITTEE);
    }

    @Test
    void more_than_fifty_members_is_too_large_fifty_is_fine() {
        assertThat(warnings(BranchKind.FUNCTIONAL, 45, 51, 5, true, null)).contains(TOO_LARGE);
        assertThat(warnings(BranchKind.FUNCTIONAL, 45, 50, 5, true, null)).doesNotContain(TOO_LARGE);
    }

    @Test
    void term_ending_within_ninety_days_warns_and_past_term_is_overdue() {
        assertThat(warnings(BranchKind.CLINICAL, 10, 10, 3, true, TODAY.plusDays(90)))
                .containsExactly(TERM_ENDING);
        assertThat(warnings(BranchKind.CLINICAL, 10, 10, 3, true, TODAY.plusDays(91)))
                .isEmpty();
        assertThat(warnings(BranchKind.CLINICAL, 10, 10, 3, true, TODAY)).containsExactly(TERM_ENDING);
        assertThat(warnings(BranchKind.CLINICAL, 10, 10, 3, true, TODAY.minusDays(1)))
                .containsExactly(TERM_OVERDUE);
        var overdue =
                OrganizationRules.branchWarnings(BranchKind.CLINICAL, 10, 10, 3, true, TODAY.minusDays(40), TODAY);
        assertThat(overdue.get(0).value()).isEqualTo(40);
    }

    @Test
    void serving_branch_without_secretary_is_flagged_retiree_branch_is_not() {
        assertThat(warnings(BranchKind.MEDICAL_TECH, 5, 5, 0, false, null)).contains(NO_SECRETARY);
        assertThat(warnings(BranchKind.RETIREE, 5, 5, 0, false, null)).doesNotContain(NO_SECRETARY);
    }

    @Test
    void coverage_lists_gaps_and_overlaps() {
        Map<Long, String> departments = new LinkedHashMap<>();
        departments.put(1L, "心血管内科");
        departments.put(2L, "眼科");
        departments.put(3L, "骨科");
        Map<String, List<Long>> branches = new LinkedHashMap<>();
        branches.put("心血管内科党支部", List.of(1L));
        branches.put("心胸外科党支部", List.of(1L));
        branches.put("骨科党支部", List.of(3L));
        OrganizationRules.Coverage coverage = OrganizationRules.coverage(departments, branches);
        assertThat(coverage.gaps()).containsExactly("眼科");
        assertThat(coverage.overlaps()).containsOnlyKeys("心血管内科");
        assertThat(coverage.overlaps().get("心血管内科")).containsExactly("心血管内科党支部", "心胸外科党支部");
        assertThat(coverage.isComplete()).isFalse();
        assertThat(OrganizationRules.coverage(Map.of(3L, "骨科"), Map.of("骨科党支部", List.of(3L)))
                        .isComplete())
                .isTrue();
    }
}
