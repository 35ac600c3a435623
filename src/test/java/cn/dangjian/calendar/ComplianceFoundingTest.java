package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.organization.Branch;
import cn.dangjian.organization.BranchInput;
import cn.dangjian.organization.BranchKind;
import cn.dangjian.organization.BranchService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Duties start from a branch's founding date; reminders never reassure with another period's plan. */
@IntegrationTest
class ComplianceFoundingTest {

    @Autowired
    ComplianceService compliance;

    @Autowired
    BranchService branches;

    @Autowired
    Clock clock;

    private Branch create(String code, @Nullable LocalDate foundedOn) {
        return branches.save(new BranchInput(
                null, 0, code, "成立测试党支部" + code, BranchKind.CLINICAL, null, foundedOn, null, null, null, Set.of()));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_branch_created_today_has_nothing_overdue_and_leaves_the_hospital_numbers_alone() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        ComplianceTotals before = ComplianceTotals.of(compliance.heatmap(year));

        Branch created = create("FT" + (System.nanoTime() % 100_000), null);

        assertThat(created.getFoundedOn()).isEqualTo(today);
        assertThat(compliance.branchItems(created.getId(), year)).noneMatch(i -> i.state() == DueState.OVERDUE);
        List<BranchCompliance> heatmap = compliance.heatmap(year);
        assertThat(heatmap)
                .filteredOn(r -> r.branchId() == created.getId())
                .singleElement()
                .satisfies(r -> assertThat(r.total().overdue()).isZero());
        ComplianceTotals after = ComplianceTotals.of(heatmap);
        assertThat(after.overdue()).isEqualTo(before.overdue());
        assertThat(after.behind()).isEqualTo(before.behind());
        assertThat(compliance.reminders())
                .filteredOn(r -> r.branchId() == created.getId())
                .noneMatch(Reminder::overdue);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_founding_date_in_the_future_is_refused() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        assertThatThrownBy(() -> create("FF" + (System.nanoTime() % 100_000), tomorrow))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_reminder_names_only_a_plan_inside_the_overdue_or_due_period() {
        List<Reminder> reminders = compliance.reminders();
        assertThat(reminders).isNotEmpty();
        assertThat(reminders)
                .filteredOn(r -> r.plannedDate() != null)
                .allSatisfy(r -> assertThat(r.plannedDate())
                        .isBetween(r.item().periodStart(), r.item().periodEnd()));
    }
}
