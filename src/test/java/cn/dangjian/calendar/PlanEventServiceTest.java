package cn.dangjian.calendar;

import static cn.dangjian.calendar.CalendarTestData.branchId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A secretary confirms, moves or drops the generated events of next year's demo plan (decision 0020). */
@IntegrationTest
class PlanEventServiceTest {

    @Autowired
    PlanEventService planEvents;

    @Autowired
    EventScheduleService schedule;

    @Autowired
    CalendarService calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** The n-th generated, untouched planned event of the branch next year (distinct per test). */
    private Map<String, Object> generated(String branch, int n) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, version, start_at, end_at from cal_event where branch_id = ? and plan_period like ?"
                        + " and status = 'PLANNED' and version = 0 and confirmed_at is null order by start_at",
                branchId(jdbc, branch),
                "_" + (LocalDate.now(clock).getYear() + 1) + "%");
        return rows.get(n);
    }

    private boolean awaitingOnCalendar(long id, LocalDateTime start) {
        return calendar.entries(start.toLocalDate(), start.toLocalDate().plusDays(1), CalendarFilter.none()).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow()
                .awaitingConfirmation();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C11)
    void confirming_keeps_the_date_and_ends_awaiting() {
        Map<String, Object> row = generated("C11", 0);
        long id = (Long) row.get("id");
        LocalDateTime start = at(row.get("start_at"));
        assertThat(planEvents.mark(id).awaitingConfirmation()).isTrue();
        assertThat(awaitingOnCalendar(id, start)).isTrue();

        CalendarEvent confirmed = planEvents.confirm(id, (Long) row.get("version"));

        assertThat(confirmed.getConfirmedAt()).isNotNull();
        assertThat(confirmed.getStartAt()).isEqualTo(start);
        PlanMark mark = planEvents.mark(id);
        assertThat(mark.generated()).isTrue();
        assertThat(mark.awaitingConfirmation()).isFalse();
        assertThat(mark.confirmedAt()).isNotNull();
        assertThat(awaitingOnCalendar(id, start)).isFalse();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C11)
    void moving_counts_as_confirming_and_dropping_keeps_the_reason() {
        Map<String, Object> move = generated("C11", 1);
        long moveId = (Long) move.get("id");
        LocalDateTime later = at(move.get("start_at")).plusDays(1);
        schedule.reschedule(moveId, (Long) move.get("version"), later, later.plusHours(1));
        assertThat(planEvents.mark(moveId).awaitingConfirmation()).isFalse();

        Map<String, Object> drop = generated("C11", 1);
        long dropId = (Long) drop.get("id");
        CalendarEvent dropped = planEvents.cancel(dropId, (Long) drop.get("version"), "  与院党委会议冲突 ");
        assertThat(dropped.getStatus()).isEqualTo(EventStatus.CANCELLED);
        assertThat(planEvents.mark(dropId).cancelReason()).isEqualTo("与院党委会议冲突");
        long version = jdbc.queryForObject("select version from cal_event where id = ?", Long.class, dropId);
        assertThatThrownBy(() -> planEvents.confirm(dropId, version))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("calendar.event.onlyPlannedConfirm");
        Map<String, Object> tooLong = generated("C11", 1);
        assertThatThrownBy(() ->
                        planEvents.cancel((Long) tooLong.get("id"), (Long) tooLong.get("version"), "长".repeat(201)))
                .isInstanceOf(BusinessException.class);
        assertThat(jdbc.queryForObject("select status from cal_event where id = ?", String.class, tooLong.get("id")))
                .isEqualTo("PLANNED");
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C11)
    void another_branchs_events_are_not_found_and_stale_versions_conflict() {
        Map<String, Object> foreign = generated("C08", 0);
        assertThatThrownBy(() -> planEvents.confirm((Long) foreign.get("id"), (Long) foreign.get("version")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> planEvents.cancel((Long) foreign.get("id"), (Long) foreign.get("version"), "x"))
                .isInstanceOf(NotFoundException.class);
        Map<String, Object> own = generated("C11", 2);
        assertThatThrownBy(() -> planEvents.confirm((Long) own.get("id"), (Long) own.get("version") + 1))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("error.conflict");
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C11)
    void a_member_reads_the_mark_but_cannot_confirm() {
        Map<String, Object> own = generated("C11", 3);
        assertThat(planEvents.mark((Long) own.get("id")).generated()).isTrue();
        assertThatThrownBy(() -> planEvents.confirm((Long) own.get("id"), (Long) own.get("version")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static LocalDateTime at(Object jdbcValue) {
        return jdbcValue instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) jdbcValue;
    }
}
