package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

    static final DutySpec MONTHLY = new DutySpec(1, "COMMITTEE_MEETING", Recurrence.MONTHLY, null, null);
    static final DutySpec QUARTERLY = new DutySpec(2, "GENERAL_MEETING", Recurrence.QUARTERLY, null, null);
    static final DutySpec YEARLY_DEC = new DutySpec(3, "ORG_LIFE_MEETING", Recurrence.YEARLY, 12, null);
    static final LocalDate YEAR_END = LocalDate.of(2027, 1, 1);

    private static ComplianceRules.Held held(long id, long type, String date) {
        return new ComplianceRules.Held(id, type, LocalDate.parse(date));
    }

    private static List<DueItem> eval(DutySpec spec, LocalDate today, ComplianceRules.Held... held) {
        return ComplianceRules.evaluate(List.of(spec), List.of(held), 2026, today);
    }

    @Test
    void monthly_rule_makes_twelve_items_due_at_month_end() {
        List<DueItem> items = ComplianceRules.schedule(MONTHLY, 2026);
        assertThat(items).hasSize(12);
        assertThat(items.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(items).allMatch(i -> i.state() == DueState.PENDING);
    }

    @Test
    void quarterly_rule_is_due_at_quarter_end_or_in_its_window_month() {
        assertThat(ComplianceRules.schedule(QUARTERLY, 2026))
                .extracting(DueItem::dueDate)
                .containsExactly(
                        LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 9, 30),
                        LocalDate.of(2026, 12, 31));
        DutySpec secondMonth = new DutySpec(2, "GENERAL_MEETING", Recurrence.QUARTERLY, 2, null);
        assertThat(ComplianceRules.schedule(secondMonth, 2026))
                .extracting(DueItem::dueDate)
                .startsWith(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 31));
    }

    @Test
    void yearly_rule_is_due_by_its_window_month() {
        DutySpec byJune = new DutySpec(3, "X", Recurrence.YEARLY, 6, null);
        assertThat(ComplianceRules.schedule(byJune, 2026))
                .singleElement()
                .satisfies(i -> assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30)));
    }

    @Test
    void quarter_boundary_last_day_counts_for_the_quarter_first_day_for_the_next() {
        List<DueItem> onLastDay = eval(QUARTERLY, YEAR_END, held(1, 2, "2026-03-31"));
        assertThat(onLastDay.get(0).state()).isEqualTo(DueState.ON_TIME);
        // One day later it belongs to Q2: Q1 stays overdue, Q2 is on time.
        List<DueItem> dayAfter = eval(QUARTERLY, YEAR_END, held(1, 2, "2026-04-01"));
        assertThat(dayAfter.get(0).state()).isEqualTo(DueState.OVERDUE);
        assertThat(dayAfter.get(1).state()).isEqualTo(DueState.ON_TIME);
        assertThat(dayAfter.get(1).eventId()).isEqualTo(1L);
    }

    @Test
    void a_second_event_in_a_later_quarter_makes_up_the_missed_one_late() {
        List<DueItem> items = eval(QUARTERLY, YEAR_END, held(1, 2, "2026-04-10"), held(2, 2, "2026-05-20"));
        assertThat(items.get(0).state()).isEqualTo(DueState.LATE);
        assertThat(items.get(0).eventId()).isEqualTo(2L);
        assertThat(items.get(1).state()).isEqualTo(DueState.ON_TIME);
        assertThat(items.get(1).eventId()).isEqualTo(1L);
    }

    @Test
    void an_event_held_before_the_due_date_inside_the_period_is_on_time() {
        List<DueItem> items = eval(YEARLY_DEC, YEAR_END, held(7, 3, "2026-02-14"));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(DueState.ON_TIME);
            assertThat(i.heldDate()).isEqualTo(LocalDate.of(2026, 2, 14));
        });
    }

    @Test
    void an_event_held_before_its_period_does_not_count_for_a_later_period() {
        // Two committee meetings in January do not cover February.
        List<DueItem> items =
                eval(MONTHLY, LocalDate.of(2026, 3, 5), held(1, 1, "2026-01-05"), held(2, 1, "2026-01-20"));
        assertThat(items.get(0).state()).isEqualTo(DueState.ON_TIME);
        assertThat(items.get(1).state()).isEqualTo(DueState.OVERDUE);
        assertThat(items.get(2).state()).isEqualTo(DueState.PENDING);
    }

    @Test
    void window_before_period_end_makes_a_late_event_in_the_same_period_late() {
        DutySpec firstMonth = new DutySpec(2, "GENERAL_MEETING", Recurrence.QUARTERLY, 1, null);
        List<DueItem> items =
                ComplianceRules.evaluate(List.of(firstMonth), List.of(held(1, 2, "2026-03-02")), 2026, YEAR_END);
        assertThat(items.get(0).state()).isEqualTo(DueState.LATE);
    }

    @Test
    void cancelled_or_planned_events_never_reach_the_rules_so_the_item_stays_overdue() {
        // The service passes only HELD events; an empty list is what a cancelled event leaves behind.
        List<DueItem> items = ComplianceRules.evaluate(List.of(MONTHLY), List.of(), 2026, LocalDate.of(2026, 2, 1));
        assertThat(items.get(0).state()).isEqualTo(DueState.OVERDUE);
        assertThat(items.get(1).state()).isEqualTo(DueState.PENDING);
    }

    @Test
    void due_today_is_pending_not_overdue() {
        List<DueItem> items = eval(MONTHLY, LocalDate.of(2026, 1, 31));
        assertThat(items.get(0).state()).isEqualTo(DueState.PENDING);
        assertThat(eval(MONTHLY, LocalDate.of(2026, 2, 1)).get(0).state()).isEqualTo(DueState.OVERDUE);
    }

    @Test
    void events_of_other_years_and_other_types_are_ignored() {
        List<DueItem> items = eval(
                YEARLY_DEC, YEAR_END, held(1, 3, "2025-12-30"), held(2, 3, "2027-01-03"), held(3, 99, "2026-05-05"));
        assertThat(items).singleElement().satisfies(i -> assertThat(i.state()).isEqualTo(DueState.OVERDUE));
    }

    @Test
    void retiree_duties_differ_and_month_cells_add_up() {
        DutySpec themedQuarterly = new DutySpec(5, "THEMED_DAY", Recurrence.QUARTERLY, null, null);
        DutySpec themedMonthly = new DutySpec(5, "THEMED_DAY", Recurrence.MONTHLY, null, null);
        List<ComplianceRules.Held> held = List.of(held(1, 5, "2026-02-10"));
        List<DueItem> retiree = ComplianceRules.evaluate(List.of(themedQuarterly), held, 2026, YEAR_END);
        List<DueItem> serving = ComplianceRules.evaluate(List.of(themedMonthly), held, 2026, YEAR_END);
        assertThat(retiree)
                .hasSize(4)
                .filteredOn(i -> i.state() == DueState.ON_TIME)
                .hasSize(1);
        assertThat(serving)
                .hasSize(12)
                .filteredOn(i -> i.state() == DueState.OVERDUE)
                .hasSize(11);
        MonthCell[] cells = ComplianceRules.byMonth(retiree);
        assertThat(cells[2]).isEqualTo(new MonthCell(3, 1, 1, 0, 0, 0));
        assertThat(cells[1].due()).isZero();
        assertThat(cells[5]).isEqualTo(new MonthCell(6, 1, 0, 0, 1, 0));
        assertThat(cells[2].score()).isEqualTo(1.0);
        assertThat(cells[1].score()).isEqualTo(-1.0);
    }

    private static ComplianceRules.Planned planned(long id, String date) {
        return new ComplianceRules.Planned(id, LocalDate.parse(date));
    }

    private static DueItem first(DutySpec spec) {
        return ComplianceRules.schedule(spec, 2026).get(0);
    }

    @Test
    void a_december_plan_never_covers_january_or_the_first_quarter() {
        List<ComplianceRules.Planned> december = List.of(planned(7, "2026-12-07"));
        // The year, its first quarter and its first month all start on 2026-01-01.
        assertThat(ComplianceRules.plannedFor(first(MONTHLY), december)).isNull();
        assertThat(ComplianceRules.plannedFor(first(QUARTERLY), december)).isNull();
        assertThat(ComplianceRules.plannedFor(first(YEARLY_DEC), december)).isEqualTo(december.get(0));
    }

    @Test
    void a_plan_covers_only_its_own_period_at_each_boundary() {
        List<DueItem> months = ComplianceRules.schedule(MONTHLY, 2026);
        List<DueItem> quarters = ComplianceRules.schedule(QUARTERLY, 2026);
        List<ComplianceRules.Planned> onNewYear = List.of(planned(1, "2026-01-01"));
        assertThat(ComplianceRules.plannedFor(months.get(0), onNewYear)).isNotNull();
        assertThat(ComplianceRules.plannedFor(quarters.get(0), onNewYear)).isNotNull();
        assertThat(ComplianceRules.plannedFor(first(YEARLY_DEC), onNewYear)).isNotNull();
        List<ComplianceRules.Planned> april = List.of(planned(2, "2026-04-01"));
        assertThat(ComplianceRules.plannedFor(months.get(2), april)).isNull();
        assertThat(ComplianceRules.plannedFor(quarters.get(0), april)).isNull();
        assertThat(ComplianceRules.plannedFor(quarters.get(1), april)).isNotNull();
        // Next year's plan never answers for this year's periods.
        List<ComplianceRules.Planned> nextYear = List.of(planned(3, "2027-01-01"));
        assertThat(ComplianceRules.plannedFor(months.get(11), nextYear)).isNull();
        assertThat(ComplianceRules.plannedFor(quarters.get(3), nextYear)).isNull();
        assertThat(ComplianceRules.plannedFor(first(YEARLY_DEC), nextYear)).isNull();
    }

    private static List<DueItem> founded(DutySpec spec, String foundedOn, LocalDate today) {
        return ComplianceRules.evaluate(List.of(spec), List.of(), 2026, today, LocalDate.parse(foundedOn));
    }

    @Test
    void a_branch_founded_today_owes_nothing_overdue() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        for (DutySpec spec : List.of(MONTHLY, QUARTERLY, YEARLY_DEC)) {
            assertThat(founded(spec, "2026-11-30", today)).noneMatch(i -> i.state() == DueState.OVERDUE);
        }
        // Founded after December began: nothing of 2026 is owed; 2027 is owed in full.
        assertThat(founded(MONTHLY, "2026-12-02", today)).isEmpty();
        assertThat(ComplianceRules.evaluate(List.of(MONTHLY), List.of(), 2027, today, LocalDate.of(2026, 12, 2)))
                .hasSize(12);
    }

    @Test
    void duties_are_owed_from_the_first_due_month_starting_on_or_after_founding() {
        // Monthly: founded on 1 March owes March; founded on 2 March starts with April.
        assertThat(founded(MONTHLY, "2026-03-01", YEAR_END))
                .extracting(DueItem::periodStart)
                .startsWith(LocalDate.of(2026, 3, 1))
                .hasSize(10);
        assertThat(founded(MONTHLY, "2026-03-02", YEAR_END))
                .extracting(DueItem::periodStart)
                .startsWith(LocalDate.of(2026, 4, 1))
                .hasSize(9);
        // Quarterly, due at the quarter's end: founded in the quarter's first days, the quarter is owed.
        assertThat(founded(QUARTERLY, "2026-01-02", YEAR_END)).hasSize(4);
        assertThat(founded(QUARTERLY, "2026-03-02", YEAR_END)).hasSize(3);
        // Yearly by December: owed by a branch founded up to 1 December.
        assertThat(founded(YEARLY_DEC, "2026-12-01", YEAR_END)).hasSize(1);
        assertThat(founded(YEARLY_DEC, "2026-12-02", YEAR_END)).isEmpty();
        // Founded in an earlier year: everything is owed, as before.
        assertThat(founded(MONTHLY, "2019-07-01", YEAR_END)).hasSize(12);
    }

    @Test
    void a_held_event_still_satisfies_its_own_period_after_founding() {
        List<DueItem> items = ComplianceRules.evaluate(
                List.of(MONTHLY), List.of(held(1, 1, "2026-11-20")), 2026, YEAR_END, LocalDate.of(2026, 10, 15));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).state()).isEqualTo(DueState.ON_TIME);
        assertThat(items.get(1).state()).isEqualTo(DueState.OVERDUE);
    }
}
