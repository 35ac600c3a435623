package cn.dangjian.calendar;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * 会议习惯: when a branch (or, with no branch, the hospital by default) usually holds a duty: the Nth
 * weekday or a day of the month, in which month of the quarter (1-3) or year (1-12), time and place.
 */
@Entity
@Table(name = "cal_meeting_habit")
public class MeetingHabit extends BaseEntity {

    @Column(name = "branch_id")
    private @Nullable Long branchId;

    @Column(name = "event_type_id", nullable = false)
    private long eventTypeId;

    @Column(name = "week_ordinal")
    private @Nullable Integer weekOrdinal;

    @Column(name = "day_of_week")
    private @Nullable Integer dayOfWeek;

    @Column(name = "day_of_month")
    private @Nullable Integer dayOfMonth;

    @Column(name = "period_month")
    private @Nullable Integer periodMonth;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime = LocalTime.of(16, 0);

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes = 60;

    @Column(name = "place", length = 120)
    private @Nullable String place;

    public @Nullable Long getBranchId() {
        return branchId;
    }

    public long getEventTypeId() {
        return eventTypeId;
    }

    MeetingHabit() {}

    MeetingHabit(@Nullable Long branchId, long eventTypeId) {
        this.branchId = branchId;
        this.eventTypeId = eventTypeId;
    }

    void apply(HabitInput in) {
        weekOrdinal = in.dayOfMonth() == null ? in.weekOrdinal() : null;
        dayOfWeek = in.dayOfMonth() == null ? in.dayOfWeek() : null;
        dayOfMonth = in.dayOfMonth();
        periodMonth = in.periodMonth();
        startTime = in.start();
        durationMinutes = in.minutes();
        place = in.place() == null || in.place().isBlank() ? null : in.place().trim();
    }

    HabitInput input(long typeId) {
        return new HabitInput(
                typeId, weekOrdinal, dayOfWeek, dayOfMonth, periodMonth, startTime, durationMinutes, place);
    }

    PlanDates.Habit rule() {
        return new PlanDates.Habit(weekOrdinal, dayOfWeek, dayOfMonth, periodMonth, startTime, durationMinutes, place);
    }
}
