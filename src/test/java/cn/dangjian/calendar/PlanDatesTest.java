package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanDatesTest {

    private static final Map<LocalDate, Boolean> HOLIDAYS_2026 = Map.of(
            LocalDate.of(2026, 1, 1), false,
            LocalDate.of(2026, 1, 2), false,
            LocalDate.of(2026, 1, 3), false,
            LocalDate.of(2026, 1, 4), true,
            LocalDate.of(2026, 10, 1), false,
            LocalDate.of(2026, 10, 2), false,
            LocalDate.of(2026, 10, 5), false,
            LocalDate.of(2026, 10, 6), false,
            LocalDate.of(2026, 10, 7), false,
            LocalDate.of(2026, 10, 10), true);

    private static DutySpec spec(Recurrence r, Integer window) {
        return new DutySpec(1, "X", r, window, null);
    }

    private static PlanDates.Habit nth(int ordinal, int dow, Integer periodMonth) {
        return new PlanDates.Habit(ordinal, dow, null, periodMonth, LocalTime.NOON, 60, null);
    }

    private static PlanDates.Habit day(int day, Integer periodMonth) {
        return new PlanDates.Habit(null, null, day, periodMonth, LocalTime.NOON, 60, null);
    }

    private static LocalDate place(DueItem item, PlanDates.Habit habit) {
        return PlanDates.place(item, habit, HOLIDAYS_2026).orElseThrow();
    }

    @Test
    void first_tuesday_of_each_month() {
        List<DueItem> items = ComplianceRules.schedule(spec(Recurrence.MONTHLY, null), 2026);
        assertThat(place(items.get(2), nth(1, 2, null))).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(place(items.get(11), nth(1, 2, null))).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void holiday_moves_to_the_next_working_day_and_an_adjusted_sunday_counts_as_working() {
        DueItem january =
                ComplianceRules.schedule(spec(Recurrence.MONTHLY, null), 2026).get(0);
        // 1 January is 元旦; 2 and 3 off; Sunday 4 January is worked instead (调休)
        assertThat(place(january, day(1, null))).isEqualTo(LocalDate.of(2026, 1, 4));
        DueItem october =
                ComplianceRules.schedule(spec(Recurrence.MONTHLY, null), 2026).get(9);
        // 1-7 October off, Saturday 10 October worked: the 1st lands on the 8th
        assertThat(place(october, day(1, null))).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void weekend_day_of_month_moves_to_monday() {
        DueItem august =
                ComplianceRules.schedule(spec(Recurrence.MONTHLY, null), 2026).get(7);
        // 15 August 2026 is a Saturday
        assertThat(place(august, day(15, null))).isEqualTo(LocalDate.of(2026, 8, 17));
    }

    @Test
    void end_of_period_falls_back_to_the_last_working_day_inside_it() {
        DueItem may =
                ComplianceRules.schedule(spec(Recurrence.MONTHLY, null), 2026).get(4);
        // 31 May 2026 is a Sunday: nothing after it in May, so Friday 29 May
        assertThat(place(may, day(31, null))).isEqualTo(LocalDate.of(2026, 5, 29));
        DueItem february =
                ComplianceRules.schedule(spec(Recurrence.MONTHLY, null), 2026).get(1);
        assertThat(place(february, day(31, null))).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void quarterly_lands_in_the_habit_month_of_each_quarter() {
        List<DueItem> quarters = ComplianceRules.schedule(spec(Recurrence.QUARTERLY, null), 2026);
        assertThat(quarters)
                .extracting(q -> place(q, nth(3, 4, 1)))
                .containsExactly(
                        LocalDate.of(2026, 1, 15),
                        LocalDate.of(2026, 4, 16),
                        LocalDate.of(2026, 7, 16),
                        LocalDate.of(2026, 10, 15));
        assertThat(place(quarters.get(3), nth(1, 4, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void yearly_defaults_to_the_window_month_and_follows_the_habit_month() {
        DueItem year =
                ComplianceRules.schedule(spec(Recurrence.YEARLY, 12), 2026).get(0);
        assertThat(place(year, nth(2, 3, null))).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(place(year, nth(2, 3, 11))).isEqualTo(LocalDate.of(2026, 11, 11));
    }

    @Test
    void fifth_weekday_means_the_last() {
        DueItem february =
                ComplianceRules.schedule(spec(Recurrence.MONTHLY, null), 2026).get(1);
        assertThat(place(february, nth(5, 5, null))).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void period_keys_are_distinct_per_kind_at_the_year_boundary() {
        DueItem month =
                ComplianceRules.schedule(spec(Recurrence.MONTHLY, null), 2027).get(0);
        DueItem quarter =
                ComplianceRules.schedule(spec(Recurrence.QUARTERLY, null), 2027).get(0);
        DueItem year =
                ComplianceRules.schedule(spec(Recurrence.YEARLY, null), 2027).get(0);
        assertThat(List.of(PlanDates.periodKey(month), PlanDates.periodKey(quarter), PlanDates.periodKey(year)))
                .containsExactly("M2027-01", "Q2027-1", "Y2027");
    }

    @Test
    void a_working_day_of_month_stays() {
        DueItem themedQuarter =
                ComplianceRules.schedule(spec(Recurrence.QUARTERLY, null), 2026).get(1);
        assertThat(place(themedQuarter, day(15, null))).isEqualTo(LocalDate.of(2026, 4, 15));
    }
}
