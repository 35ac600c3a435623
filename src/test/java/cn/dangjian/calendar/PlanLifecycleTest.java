package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.organization.BranchInput;
import cn.dangjian.organization.BranchKind;
import cn.dangjian.organization.BranchLifecycleService;
import cn.dangjian.organization.BranchService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A branch's life through the organisation's services, and what the calendar does with it (decision 0020). */
@IntegrationTest
@WithUserDetails(Demo.ADMIN)
class PlanLifecycleTest {

    @Autowired
    BranchService branches;

    @Autowired
    BranchLifecycleService lifecycle;

    @Autowired
    PlanService plans;

    @Autowired
    EventScheduleService schedule;

    @Autowired
    AttendanceService attendance;

    @Autowired
    ComplianceService compliance;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long create(
            String prefix, @Nullable LocalDate foundedOn, @Nullable LocalDate termStart, @Nullable LocalDate termEnd) {
        String code = prefix + (System.nanoTime() % 100000);
        return branches.save(new BranchInput(
                        null,
                        0,
                        code,
                        "生命周期测试党支部" + code,
                        BranchKind.RETIREE,
                        null,
                        foundedOn,
                        termStart,
                        termEnd,
                        null,
                        Set.of()))
                .getId();
    }

    private List<Map<String, Object>> events(long branchId) {
        return jdbc.queryForList(
                "select e.id, e.start_at, e.status, e.plan_period, e.cancel_reason, e.title, t.code"
                        + " from cal_event e join cal_event_type t on t.id = e.event_type_id where e.branch_id = ?",
                branchId);
    }

    private int count(long branchId, String where, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = branchId;
        System.arraycopy(args, 0, all, 1, args.length);
        return jdbc.queryForObject(
                "select count(*) from cal_event e join cal_event_type t on t.id = e.event_type_id"
                        + " where e.branch_id = ? and " + where,
                Integer.class,
                all);
    }

    @Test
    void a_new_branch_gets_this_years_rest_and_next_years_plan_at_creation() {
        LocalDate today = LocalDate.now(clock);
        int next = today.getYear() + 1;
        long id = create("N", null, null, null);

        List<Map<String, Object>> planned = events(id);
        assertThat(planned).isNotEmpty();
        assertThat(planned).allSatisfy(e -> {
            assertThat(e.get("plan_period")).isNotNull();
            assertThat(at(e.get("start_at")).toLocalDate()).isAfter(today);
        });
        // The demo hospital's plan for next year exists, so the new branch gets its share of it.
        assertThat(count(id, "t.code = ? and e.plan_period like ?", EventTypeCodes.COMMITTEE_MEETING, "M" + next + "%"))
                .isEqualTo(12);
        assertThat(count(id, "t.code = ? and e.plan_period like ?", EventTypeCodes.GENERAL_MEETING, "Q" + next + "%"))
                .isEqualTo(4);
        // This year: every open duty with time left in its period is planned, none before the founding.
        List<DueItem> items = compliance.branchItems(id, today.getYear());
        assertThat(items).allSatisfy(i -> assertThat(i.dueDate()).isAfterOrEqualTo(today.withDayOfMonth(1)));
        assertThat(items)
                .filteredOn(i -> i.periodEnd().isAfter(today.plusDays(12)))
                .allSatisfy(i -> assertThat(i.unplanned()).isFalse());
        // Generating again adds nothing: creation did the whole job.
        assertThat(plans.generate(next, id).created()).isZero();
    }

    @Test
    void a_dissolved_branch_has_its_future_plan_cancelled_and_keeps_its_history() {
        LocalDateTime now = LocalDateTime.now(clock);
        long id = create("D", now.toLocalDate().minusMonths(3), null, null);
        jdbc.update(
                "insert into party_member (name, staff_number, gender, branch_id, status, joined_date)"
                        + " values ('撤销测试', ?, 'FEMALE', ?, 'FULL', '2010-07-01')",
                "DS" + System.nanoTime() % 100000,
                id);
        long type = CalendarTestData.typeId(jdbc, EventTypeCodes.STUDY_SESSION);
        LocalDateTime past = now.minusDays(2).withHour(9).withMinute(0);
        CalendarEvent held = schedule.save(input(id, type, past));
        attendance.recordHeld(new HeldInput(held.getId(), held.getVersion(), Set.of(), Map.of(), "学习"));
        CalendarEvent pastPlanned = schedule.save(input(id, type, past.plusHours(3)));
        CalendarEvent futureHandMade = schedule.save(input(id, type, now.plusDays(3)));
        int future = count(id, "e.status = 'PLANNED' and e.start_at > ?", now);
        assertThat(future).isGreaterThan(1);

        long version = jdbc.queryForObject("select version from party_branch where id = ?", Long.class, id);
        lifecycle.dissolve(id, version);

        assertThat(count(id, "e.status = 'PLANNED' and e.start_at > ?", now)).isZero();
        assertThat(count(
                        id,
                        "e.status = 'CANCELLED' and e.cancel_reason like ?",
                        BranchLifecycleListener.DISSOLVED_REASON + "%"))
                .isEqualTo(future);
        assertThat(status(held.getId())).isEqualTo("HELD");
        assertThat(status(pastPlanned.getId())).isEqualTo("PLANNED");
        assertThat(status(futureHandMade.getId())).isEqualTo("CANCELLED");
        // No new plans, no more duties in the hospital's figures, and dissolving twice is refused.
        int before = events(id).size();
        assertThatThrownBy(() -> plans.generate(LocalDate.now(clock).getYear() + 1, id))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("calendar.plan.dissolved");
        plans.generate(LocalDate.now(clock).getYear() + 1, null);
        assertThat(events(id)).hasSize(before);
        assertThat(compliance.heatmap(now.getYear())).noneMatch(r -> r.branchId() == id);
        long again = jdbc.queryForObject("select version from party_branch where id = ?", Long.class, id);
        assertThatThrownBy(() -> lifecycle.dissolve(id, again))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("branch.alreadyDissolved");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where entity_type = 'Branch' and entity_id = ? and action = 'DISSOLVE'",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }

    @Test
    void the_election_meeting_is_planned_ninety_days_before_the_term_ends_once() {
        LocalDate today = LocalDate.now(clock);
        int next = today.getYear() + 1;
        LocalDate termEnd = LocalDate.of(next, 7, 15);
        long id = create("E", null, termEnd.minusYears(3), termEnd);
        String key = TermEnds.periodKey(termEnd);
        List<Map<String, Object>> election = jdbc.queryForList(
                "select id, start_at, title from cal_event where branch_id = ? and plan_period = ?", id, key);
        assertThat(election).singleElement().satisfies(e -> {
            LocalDate day = at(e.get("start_at")).toLocalDate();
            assertThat(day).isBeforeOrEqualTo(termEnd.minusDays(90)).isAfter(termEnd.minusDays(100));
            assertThat((String) e.get("title")).contains("选举");
        });
        // Besides, not instead of, the quarter's 党员大会.
        assertThat(count(id, "t.code = ? and e.plan_period like ?", EventTypeCodes.GENERAL_MEETING, "Q" + next + "%"))
                .isEqualTo(4);
        // Moved by the secretary: generation leaves it and adds no second one.
        long eventId = (Long) election.getFirst().get("id");
        long version = jdbc.queryForObject("select version from cal_event where id = ?", Long.class, eventId);
        LocalDateTime moved = LocalDate.of(next, 4, 20).atTime(15, 0);
        schedule.reschedule(eventId, version, moved, moved.plusHours(2));
        PlanResult again = plans.generate(next, id);
        assertThat(again.created()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from cal_event where branch_id = ? and plan_period = ?",
                        Integer.class,
                        id,
                        key))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select start_at from cal_event where id = ?", LocalDateTime.class, eventId))
                .isEqualTo(moved);
    }

    @Test
    void term_ends_within_ninety_days_or_past_are_reminders_with_their_election() {
        LocalDate today = LocalDate.now(clock);
        long soon = create("S", null, today.minusYears(3), today.plusDays(30));
        long ended = create("O", null, today.minusYears(3), today.minusDays(5));
        long later = create("L", null, today.minusYears(1), today.plusDays(200));
        List<Reminder> reminders = compliance.reminders();
        assertThat(reminders)
                .filteredOn(r -> r.branchId() == soon && r.termEnd() != null)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.overdue()).isFalse();
                    assertThat(r.termEnd()).isEqualTo(today.plusDays(30));
                });
        assertThat(reminders)
                .filteredOn(r -> r.branchId() == ended && r.termEnd() != null)
                .singleElement()
                .satisfies(r -> assertThat(r.overdue()).isTrue());
        assertThat(reminders).noneMatch(r -> r.branchId() == later && r.termEnd() != null);
    }

    private String status(long eventId) {
        return jdbc.queryForObject("select status from cal_event where id = ?", String.class, eventId);
    }

    private static EventInput input(long branchId, long typeId, LocalDateTime start) {
        return new EventInput(
                null,
                0,
                branchId,
                typeId,
                "测试活动 " + System.nanoTime() % 100000,
                start,
                start.plusHours(1),
                null,
                null,
                Audience.BRANCH,
                List.of(),
                null,
                null);
    }

    private static LocalDateTime at(Object jdbcValue) {
        return jdbcValue instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) jdbcValue;
    }
}
