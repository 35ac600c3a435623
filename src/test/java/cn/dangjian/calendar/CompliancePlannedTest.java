package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.organization.BranchKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 已安排 / 未安排: an open duty is planned only by a planned event inside its own period (decision 0020). */
class CompliancePlannedTest {

    static final DutySpec MONTHLY = new DutySpec(1, "COMMITTEE_MEETING", Recurrence.MONTHLY, null, null);
    static final DutySpec QUARTERLY = new DutySpec(2, "GENERAL_MEETING", Recurrence.QUARTERLY, null, null);
    static final DutySpec YEARLY = new DutySpec(3, "ORG_LIFE_MEETING", Recurrence.YEARLY, 12, null);
    static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

    private static ComplianceRules.Planned planned(long id, String date) {
        return new ComplianceRules.Planned(id, LocalDate.parse(date));
    }

    private static List<DueItem> items(DutySpec spec, LocalDate today, ComplianceRules.Planned... plans) {
        List<DueItem> evaluated = ComplianceRules.evaluate(List.of(spec), List.of(), 2026, today);
        return ComplianceRules.withPlans(evaluated, Map.of(spec.typeId(), List.of(plans)));
    }

    @Test
    void a_future_period_with_a_planned_event_is_planned_and_one_without_is_a_gap() {
        List<DueItem> months = items(MONTHLY, NEW_YEAR, planned(7, "2026-03-10"));
        assertThat(months.get(2).plannedDate()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(months.get(2).unplanned()).isFalse();
        assertThat(months.get(1).unplanned()).isTrue();
        assertThat(months.stream().filter(DueItem::unplanned)).hasSize(11);
    }

    @Test
    void at_the_year_boundary_month_quarter_and_year_are_kept_apart() {
        // January, Q1 and the year all start on 1 January: a December plan answers only for what contains it.
        ComplianceRules.Planned december = planned(9, "2026-12-07");
        assertThat(items(MONTHLY, NEW_YEAR, december).get(0).unplanned()).isTrue();
        assertThat(items(MONTHLY, NEW_YEAR, december).get(11).unplanned()).isFalse();
        assertThat(items(QUARTERLY, NEW_YEAR, december).get(0).unplanned()).isTrue();
        assertThat(items(QUARTERLY, NEW_YEAR, december).get(3).unplanned()).isFalse();
        assertThat(items(YEARLY, NEW_YEAR, december).getFirst().unplanned()).isFalse();
        // And a plan on 1 January is January's, Q1's and the year's.
        ComplianceRules.Planned first = planned(10, "2026-01-01");
        assertThat(items(MONTHLY, NEW_YEAR, first).get(0).plannedDate()).isEqualTo(NEW_YEAR);
        assertThat(items(QUARTERLY, NEW_YEAR, first).get(0).plannedDate()).isEqualTo(NEW_YEAR);
        assertThat(items(YEARLY, NEW_YEAR, first).getFirst().plannedDate()).isEqualTo(NEW_YEAR);
    }

    @Test
    void decided_items_are_neither_planned_nor_gaps() {
        // In May, January to April are overdue: a plan does not make them "planned", and they are not gaps either.
        List<DueItem> months = items(MONTHLY, LocalDate.of(2026, 5, 2), planned(3, "2026-02-10"));
        assertThat(months.get(1).state()).isEqualTo(DueState.OVERDUE);
        assertThat(months.get(1).plannedDate()).isNull();
        assertThat(months.get(1).unplanned()).isFalse();
        assertThat(months.get(4).unplanned()).isTrue();
    }

    @Test
    void the_month_cells_and_totals_count_the_gaps() {
        List<DueItem> months = items(MONTHLY, LocalDate.of(2026, 5, 2), planned(1, "2026-06-09"));
        MonthCell[] cells = ComplianceRules.byMonth(months);
        assertThat(cells[5].unplanned()).isZero();
        assertThat(cells[5].pending()).isEqualTo(1);
        assertThat(cells[6].unplanned()).isEqualTo(1);
        assertThat(cells[0].unplanned()).isZero();
        MonthCell total = cells[0];
        for (int m = 1; m < 12; m++) {
            total = total.plus(cells[m]);
        }
        // May to December are open (8), June is planned.
        assertThat(total.pending()).isEqualTo(8);
        assertThat(total.unplanned()).isEqualTo(7);
        BranchCompliance row = new BranchCompliance(1L, "C01", "x", BranchKind.CLINICAL, cells, total);
        assertThat(ComplianceTotals.of(List.of(row, row)).unplanned()).isEqualTo(14);
    }
}
