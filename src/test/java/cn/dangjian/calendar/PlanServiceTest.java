package cn.dangjian.calendar;

import static cn.dangjian.calendar.CalendarTestData.branchId;
import static cn.dangjian.calendar.CalendarTestData.input;
import static cn.dangjian.calendar.CalendarTestData.typeId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Generation for 2028 (two years ahead of the demo clock), which nothing else in the suite plans. */
@IntegrationTest
class PlanServiceTest {

    private static final int YEAR = 2028;

    @Autowired
    PlanService plans;

    @Autowired
    EventScheduleService schedule;

    @Autowired
    JdbcTemplate jdbc;

    private int events(String branch) {
        return jdbc.queryForObject(
                "select count(*) from cal_event where branch_id = ? and year(start_at) = ?",
                Integer.class,
                branchId(jdbc, branch),
                YEAR);
    }

    private int generated(String branch, String type) {
        return jdbc.queryForObject(
                "select count(*) from cal_event where branch_id = ? and event_type_id = ? and plan_period like ?",
                Integer.class,
                branchId(jdbc, branch),
                typeId(jdbc, type),
                "_" + YEAR + "%");
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void generating_twice_adds_nothing_the_second_time() {
        PlanResult first = plans.generate(YEAR, branchId(jdbc, "C08"));
        assertThat(first.created()).isGreaterThan(40);
        assertThat(events("C08")).isEqualTo(first.created());
        assertThat(generated("C08", EventTypeCodes.COMMITTEE_MEETING)).isEqualTo(12);
        assertThat(generated("C08", EventTypeCodes.GENERAL_MEETING)).isEqualTo(4);
        assertThat(generated("C08", EventTypeCodes.ORG_LIFE_MEETING)).isEqualTo(1);
        int attendees = jdbc.queryForObject(
                "select count(*) from cal_attendance a join cal_event e on e.id = a.event_id"
                        + " where e.branch_id = ? and e.plan_period is not null",
                Integer.class,
                branchId(jdbc, "C08"));
        assertThat(attendees).isPositive();

        PlanResult second = plans.generate(YEAR, branchId(jdbc, "C08"));
        assertThat(second).isEqualTo(new PlanResult(0, first.created() + first.existing()));
        assertThat(events("C08")).isEqualTo(first.created());
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void moved_held_and_cancelled_generated_events_are_left_alone() {
        plans.generate(YEAR, branchId(jdbc, "C11"));
        List<Map<String, Object>> committee = jdbc.queryForList(
                "select id, version, start_at from cal_event where branch_id = ? and event_type_id = ?"
                        + " and plan_period like ? order by start_at",
                branchId(jdbc, "C11"),
                typeId(jdbc, EventTypeCodes.COMMITTEE_MEETING),
                "_" + YEAR + "%");
        long march = (Long) committee.get(2).get("id");
        long april = (Long) committee.get(3).get("id");
        long may = (Long) committee.get(4).get("id");
        LocalDateTime movedTo = LocalDateTime.of(YEAR, 6, 20, 9, 0);
        schedule.reschedule(march, (Long) committee.get(2).get("version"), movedTo, movedTo.plusHours(1));
        schedule.cancel(april, (Long) committee.get(3).get("version"));
        jdbc.update("update cal_event set status = 'HELD', held_date = date(start_at) where id = ?", may);
        int before = events("C11");

        PlanResult again = plans.generate(YEAR, branchId(jdbc, "C11"));

        assertThat(again.created()).isZero();
        assertThat(events("C11")).isEqualTo(before);
        assertThat(jdbc.queryForObject("select start_at from cal_event where id = ?", LocalDateTime.class, march))
                .isEqualTo(movedTo);
        assertThat(jdbc.queryForObject("select status from cal_event where id = ?", String.class, april))
                .isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select status from cal_event where id = ?", String.class, may))
                .isEqualTo("HELD");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_hand_made_event_fulfils_its_period() {
        schedule.save(input(
                jdbc,
                "C05",
                EventTypeCodes.GENERAL_MEETING,
                LocalDateTime.of(YEAR, 5, 20, 15, 0),
                Audience.BRANCH,
                List.of()));
        plans.generate(YEAR, branchId(jdbc, "C05"));
        assertThat(generated("C05", EventTypeCodes.GENERAL_MEETING)).isEqualTo(3);
        int q2 = jdbc.queryForObject(
                "select count(*) from cal_event where branch_id = ? and event_type_id = ?"
                        + " and start_at >= ? and start_at < ?",
                Integer.class,
                branchId(jdbc, "C05"),
                typeId(jdbc, EventTypeCodes.GENERAL_MEETING),
                LocalDateTime.of(YEAR, 4, 1, 0, 0),
                LocalDateTime.of(YEAR, 7, 1, 0, 0));
        assertThat(q2).isEqualTo(1);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void retiree_branches_get_their_own_duties() {
        plans.generate(YEAR, branchId(jdbc, "R01"));
        assertThat(generated("R01", EventTypeCodes.GROUP_MEETING)).isZero();
        assertThat(generated("R01", EventTypeCodes.COMMITTEE_MEETING)).isEqualTo(12);
        assertThat(generated("R01", EventTypeCodes.THEMED_DAY)).isEqualTo(4);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_cannot_generate_for_another_branch_or_all() {
        assertThatThrownBy(() -> plans.generate(YEAR, branchId(jdbc, "C11"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.generate(YEAR, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_cannot_generate() {
        assertThatThrownBy(() -> plans.generate(YEAR, branchId(jdbc, "C08"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_year_outside_the_range_is_refused() {
        assertThatThrownBy(() -> plans.generate(2035, null)).isInstanceOf(BusinessException.class);
    }
}
