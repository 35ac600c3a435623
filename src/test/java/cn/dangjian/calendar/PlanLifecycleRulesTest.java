package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Late placement for a new branch, and the committee term's election day and reminder (decision 0020). */
class PlanLifecycleRulesTest {

    private static final DutySpec QUARTERLY = new DutySpec(2, "GENERAL_MEETING", Recurrence.QUARTERLY, null, null);
    private static final PlanDates.Habit THIRD_THURSDAY =
            new PlanDates.Habit(3, 4, null, 1, LocalTime.of(15, 0), 90, null);

    private static DueItem q4() {
        List<DueItem> items = ComplianceRules.schedule(QUARTERLY, 2026);
        return items.get(3);
    }

    @Test
    void a_habit_day_still_ahead_is_kept() {
        assertThat(PlanDates.placeAfter(q4(), THIRD_THURSDAY, Map.of(), LocalDate.of(2026, 10, 1)))
                .contains(LocalDate.of(2026, 10, 15));
    }

    @Test
    void a_passed_habit_day_in_an_open_period_moves_to_the_next_working_day() {
        // Founded on Friday 27 November: October's habit day has passed, Q4 is still open, so Monday 30th.
        assertThat(PlanDates.placeAfter(q4(), THIRD_THURSDAY, Map.of(), LocalDate.of(2026, 11, 27)))
                .contains(LocalDate.of(2026, 11, 30));
        // A holiday on that Monday pushes it on.
        assertThat(PlanDates.placeAfter(
                        q4(), THIRD_THURSDAY, Map.of(LocalDate.of(2026, 11, 30), false), LocalDate.of(2026, 11, 27)))
                .contains(LocalDate.of(2026, 12, 1));
    }

    @Test
    void a_period_with_no_working_day_left_gets_nothing() {
        assertThat(PlanDates.placeAfter(q4(), THIRD_THURSDAY, Map.of(), LocalDate.of(2026, 12, 31)))
                .isEmpty();
        assertThat(PlanDates.placeAfter(
                        q4(), THIRD_THURSDAY, Map.of(LocalDate.of(2026, 12, 31), false), LocalDate.of(2026, 12, 30)))
                .isEmpty();
    }

    @Test
    void the_election_is_on_the_last_working_day_at_least_ninety_days_before_the_term_ends() {
        // 2027-06-30 minus 90 days is Friday 1 April 2027.
        assertThat(TermEnds.electionDay(LocalDate.of(2027, 6, 30), Map.of())).contains(LocalDate.of(2027, 4, 1));
        // 2028-06-30 minus 90 days is Saturday 1 April 2028: the Friday before.
        LocalDate saturday = LocalDate.of(2028, 6, 30).minusDays(90);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(TermEnds.electionDay(LocalDate.of(2028, 6, 30), Map.of())).contains(LocalDate.of(2028, 3, 31));
        // A holiday on that Friday: Thursday; a worked Saturday (调休) is a working day.
        assertThat(TermEnds.electionDay(LocalDate.of(2028, 6, 30), Map.of(LocalDate.of(2028, 3, 31), false)))
                .contains(LocalDate.of(2028, 3, 30));
        assertThat(TermEnds.electionDay(LocalDate.of(2028, 6, 30), Map.of(saturday, true)))
                .contains(saturday);
        assertThat(TermEnds.periodKey(LocalDate.of(2028, 6, 30)))
                .isEqualTo("E2028-06-30")
                .hasSizeLessThan(13);
    }

    @Test
    void the_term_end_reminder_shows_from_ninety_days_before_and_is_overdue_after_the_end() {
        LocalDate end = LocalDate.of(2027, 3, 31);
        assertThat(TermEnds.reminder(1, "a", end, end.minusDays(91), 2, "GENERAL_MEETING", null))
                .isEmpty();
        Reminder soon = TermEnds.reminder(1, "a", end, end.minusDays(90), 2, "GENERAL_MEETING", null)
                .orElseThrow();
        assertThat(soon.overdue()).isFalse();
        assertThat(soon.termEnd()).isEqualTo(end);
        assertThat(soon.plannedEventId()).isNull();
        assertThat(TermEnds.reminder(1, "a", end, end, 2, "GENERAL_MEETING", null)
                        .orElseThrow()
                        .overdue())
                .isFalse();
        Reminder late = TermEnds.reminder(
                        1, "a", end, end.plusDays(1), 2, "GENERAL_MEETING", new ComplianceRules.Planned(5, end))
                .orElseThrow();
        assertThat(late.overdue()).isTrue();
        assertThat(late.item().state()).isEqualTo(DueState.OVERDUE);
        assertThat(late.plannedEventId()).isEqualTo(5L);
    }

    @Test
    void a_habit_after_the_duty_window_is_refused_with_its_month() {
        HabitInput third = new HabitInput(2, 2, 3, null, 3, LocalTime.of(15, 0), 90, null);
        assertThatThrownBy(() -> MeetingHabitService.check(third, Recurrence.QUARTERLY, 2))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("calendar.habit.afterWindow");
        HabitInput second = new HabitInput(2, 2, 3, null, 2, LocalTime.of(15, 0), 90, null);
        MeetingHabitService.check(second, Recurrence.QUARTERLY, 2);
        MeetingHabitService.check(third, Recurrence.QUARTERLY, null);
        // The older checks still apply: a Saturday never lands on a working day of the habit's kind.
        HabitInput saturday = new HabitInput(2, 1, 6, null, 1, LocalTime.of(15, 0), 90, null);
        assertThatThrownBy(() -> MeetingHabitService.check(saturday, Recurrence.QUARTERLY, 2))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("calendar.habit.rule");
    }
}
