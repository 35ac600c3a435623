package cn.dangjian.calendar;

import static cn.dangjian.calendar.CalendarTestData.branchId;
import static cn.dangjian.calendar.CalendarTestData.typeId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class MeetingHabitServiceTest {

    @Autowired
    MeetingHabitService habits;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    private HabitInput tenth(String type) {
        return new HabitInput(typeId(jdbc, type), null, null, 10, null, LocalTime.of(8, 30), 45, "三楼会议室");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_branch_habit_drives_generation_and_reset_restores_the_default() {
        long c03 = branchId(jdbc, "C03");
        habits.save(c03, tenth(EventTypeCodes.COMMITTEE_MEETING));
        plans.generate(2028, c03);
        List<LocalDateTime> starts = jdbc.queryForList(
                "select start_at from cal_event where branch_id = ? and event_type_id = ? and plan_period like ?"
                        + " and place = '三楼会议室' order by start_at",
                LocalDateTime.class,
                c03,
                typeId(jdbc, EventTypeCodes.COMMITTEE_MEETING),
                "_2028%");
        assertThat(starts).hasSize(12);
        // 10 May 2028 is a Wednesday; 10 June a Saturday, so Monday 12 June
        assertThat(starts.get(4)).isEqualTo(LocalDateTime.of(2028, 5, 10, 8, 30));
        assertThat(starts.get(5)).isEqualTo(LocalDateTime.of(2028, 6, 12, 8, 30));

        assertThat(habits.habits(c03, Locale.CHINA))
                .filteredOn(r -> r.habit().typeId() == typeId(jdbc, EventTypeCodes.COMMITTEE_MEETING))
                .singleElement()
                .satisfies(r -> assertThat(r.own()).isTrue());
        habits.reset(c03, typeId(jdbc, EventTypeCodes.COMMITTEE_MEETING));
        assertThat(habits.habits(c03, Locale.CHINA))
                .filteredOn(r -> r.habit().typeId() == typeId(jdbc, EventTypeCodes.COMMITTEE_MEETING))
                .singleElement()
                .satisfies(r -> assertThat(r.own()).isFalse());
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void retiree_branches_see_their_own_duties() {
        assertThat(habits.habits(branchId(jdbc, "R02"), Locale.CHINA))
                .noneMatch(r -> r.habit().typeId() == typeId(jdbc, EventTypeCodes.GROUP_MEETING))
                .anyMatch(r -> r.habit().typeId() == typeId(jdbc, EventTypeCodes.THEMED_DAY)
                        && r.recurrence() == Recurrence.QUARTERLY);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_edits_only_own_branch() {
        assertThatThrownBy(() -> habits.save(branchId(jdbc, "C11"), tenth(EventTypeCodes.THEMED_DAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> habits.save(null, tenth(EventTypeCodes.THEMED_DAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void habits_that_never_land_on_a_valid_day_are_refused() {
        long c08 = branchId(jdbc, "C08");
        long committee = typeId(jdbc, EventTypeCodes.COMMITTEE_MEETING);
        long general = typeId(jdbc, EventTypeCodes.GENERAL_MEETING);
        assertThatThrownBy(
                        () -> habits.save(c08, new HabitInput(committee, 1, 6, null, null, LocalTime.NOON, 60, null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() ->
                        habits.save(c08, new HabitInput(committee, null, null, 32, null, LocalTime.NOON, 60, null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> habits.save(c08, new HabitInput(general, 1, 2, null, 4, LocalTime.NOON, 60, null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() ->
                        habits.save(c08, new HabitInput(committee, 1, 2, null, null, LocalTime.of(23, 0), 120, null)))
                .isInstanceOf(BusinessException.class);
    }
}
