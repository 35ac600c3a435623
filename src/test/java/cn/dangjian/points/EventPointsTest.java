package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.EventAttendanceChanged;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Points from the calendar: exactly once per (event, member), whatever is re-sent, corrected or cancelled. */
@IntegrationTest
class EventPointsTest {

    /** Events in a year without demo data, so caps from the demo ledger do not interfere. */
    static final int YEAR = 2019;

    static final AtomicLong EVENT_IDS = new AtomicLong(7_000_000);

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PointsRulesService rules;

    @Autowired
    ApprovalService approvals;

    PointsTestSupport t;
    List<Long> c11;
    int openYear;
    int lateDays;

    /**
     * The tests record attendance of {@link #YEAR}: it is made the open year, and attendance years late counts
     * as on time, unless a test says otherwise.
     */
    @BeforeEach
    void setUp() {
        t = new PointsTestSupport(users, jdbc);
        c11 = t.membersOf("C11");
        PointsSettings s = t.as(Demo.ADMIN, () -> rules.settings());
        openYear = s.getOpenYear();
        lateDays = s.getLateAttendanceDays();
        t.updateSettings(rules, x -> {
            x.setOpenYear(YEAR);
            x.setLateAttendanceDays(100_000);
        });
    }

    @AfterEach
    void restoreSettings() {
        t.updateSettings(rules, x -> {
            x.setOpenYear(openYear);
            x.setLateAttendanceDays(lateDays);
        });
    }

    private void publish(EventAttendanceChanged e) {
        tx.executeWithoutResult(s -> publisher.publishEvent(e));
    }

    private EventAttendanceChanged themedDay(long id, int month, boolean held, Set<Long> present, Set<Long> absent) {
        return new EventAttendanceChanged(
                id,
                EventTypeCodes.THEMED_DAY,
                1,
                null,
                "主题党日",
                LocalDate.of(YEAR, month, 10),
                2,
                false,
                held,
                present,
                Set.of(),
                absent);
    }

    private int eventNet(long eventId, long member) {
        return jdbc.queryForObject("""
                select coalesce(sum(points), 0) from points_entry where source_type = 'EVENT' and source_id = ?
                and member_id = ?""", Integer.class, eventId, member);
    }

    private int eventEntries(long eventId) {
        return jdbc.queryForObject(
                "select count(*) from points_entry where source_type = 'EVENT' and source_id = ?",
                Integer.class,
                eventId);
    }

    @Test
    void held_event_awards_attendees_and_deducts_absentees_exactly_once() {
        long id = EVENT_IDS.incrementAndGet();
        long a = c11.get(0);
        long b = c11.get(1);
        long c = c11.get(2);
        EventAttendanceChanged e = new EventAttendanceChanged(
                id,
                EventTypeCodes.THEMED_DAY,
                1,
                null,
                "主题党日",
                LocalDate.of(YEAR, 1, 10),
                2,
                false,
                true,
                Set.of(a),
                Set.of(c),
                Set.of(b));
        publish(e);
        publish(e);
        assertThat(eventNet(id, a)).isEqualTo(2);
        assertThat(eventNet(id, b)).isEqualTo(-2);
        assertThat(eventNet(id, c)).isZero();
        assertThat(eventEntries(id)).isEqualTo(2);
    }

    @Test
    void corrected_attendance_reverses_and_adds_the_difference() {
        long id = EVENT_IDS.incrementAndGet();
        long a = c11.get(3);
        long b = c11.get(4);
        publish(themedDay(id, 2, true, Set.of(a, b), Set.of()));
        publish(themedDay(id, 2, true, Set.of(b), Set.of(a)));
        assertThat(eventNet(id, a)).isEqualTo(-2);
        assertThat(eventNet(id, b)).isEqualTo(2);
        assertThat(eventEntries(id)).isEqualTo(4); // a: +2, −2 reversal, −2 deduction; b: +2
        publish(themedDay(id, 2, true, Set.of(b), Set.of(a)));
        assertThat(eventEntries(id)).isEqualTo(4);
    }

    @Test
    void an_event_no_longer_held_reverses_everything_it_gave() {
        long id = EVENT_IDS.incrementAndGet();
        long a = c11.get(5);
        long b = c11.get(6);
        int before = t.yearNet(a, YEAR);
        publish(themedDay(id, 3, true, Set.of(a), Set.of(b)));
        assertThat(t.yearNet(a, YEAR)).isEqualTo(before + 2);
        publish(themedDay(id, 3, false, Set.of(a), Set.of(b)));
        assertThat(eventNet(id, a)).isZero();
        assertThat(eventNet(id, b)).isZero();
        assertThat(t.yearNet(a, YEAR)).isEqualTo(before);
        publish(themedDay(id, 3, true, Set.of(a), Set.of(b)));
        assertThat(eventNet(id, a)).isEqualTo(2);
    }

    @Test
    void study_events_feed_study_hours() {
        long id = EVENT_IDS.incrementAndGet();
        long a = c11.get(7);
        double before = hours(a);
        EventAttendanceChanged e = new EventAttendanceChanged(
                id,
                EventTypeCodes.STUDY_SESSION,
                1,
                null,
                "集中学习",
                LocalDate.of(YEAR, 4, 3),
                2.5,
                true,
                true,
                Set.of(a),
                Set.of(),
                Set.of());
        publish(e);
        publish(e);
        assertThat(hours(a)).isEqualTo(before + 2.5);
        assertThat(eventNet(id, a)).isEqualTo(2);
        publish(new EventAttendanceChanged(
                id,
                EventTypeCodes.STUDY_SESSION,
                1,
                null,
                "集中学习",
                LocalDate.of(YEAR, 4, 3),
                2.5,
                true,
                false,
                Set.of(a),
                Set.of(),
                Set.of()));
        assertThat(hours(a)).isEqualTo(before);
    }

    private double hours(long member) {
        List<Double> h = jdbc.queryForList(
                "select hours from points_study where member_id = ? and study_year = ?", Double.class, member, YEAR);
        return h.isEmpty() ? 0 : h.get(0);
    }

    @Test
    void two_concurrent_saves_of_the_same_event_award_once() throws Exception {
        long id = EVENT_IDS.incrementAndGet();
        long a = c11.get(8);
        EventAttendanceChanged e = themedDay(id, 5, true, Set.of(a), Set.of());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    publish(e);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(eventNet(id, a)).isEqualTo(2);
        assertThat(eventEntries(id)).isEqualTo(1);
    }

    /**
     * New events recorded at the same moment: each one's locking read of its (still empty) member states locked the
     * same gap at the end of the index, and then each inserted into it — a deadlock that no retry cured under the
     * load smoke test. Here without any retry: 4 threads × 2 new events, one member each, must all award.
     */
    @Test
    void new_events_recorded_at_the_same_moment_do_not_deadlock() throws Exception {
        int threads = 4;
        int eachThread = 2; // C11 has 18 members; the other tests use the first ten
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<long[]> recorded = new CopyOnWriteArrayList<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < eachThread; k++) {
                        long id = EVENT_IDS.incrementAndGet();
                        long member = c11.get(10 + thread * eachThread + k);
                        publish(themedDay(id, 3, true, Set.of(member), Set.of()));
                        recorded.add(new long[] {id, member});
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(recorded).hasSize(threads * eachThread);
        for (long[] r : recorded) {
            assertThat(eventNet(r[0], r[1])).isEqualTo(2);
        }
    }

    @Test
    void caps_apply_to_event_points() {
        long a = c11.get(9);
        // Themed day: +2 each, capped at 8 a year: five events give 8, not 10.
        for (int m = 6; m <= 10; m++) {
            publish(themedDay(EVENT_IDS.incrementAndGet(), m, true, Set.of(a), Set.of()));
        }
        Integer themed = jdbc.queryForObject("""
                select coalesce(sum(points), 0) from points_entry where member_id = ? and rule_id = ? and year(entry_date) = ?""", Integer.class, a, t.ruleId("THEMED_DAY_ATTEND"), YEAR);
        assertThat(themed).isEqualTo(8);
    }

    private List<Long> pendingLines(long eventId) {
        return jdbc.queryForList("""
                select id from points_submission where event_id = ? and source_type = 'EVENT' and status = 'PENDING'
                order by member_id""", Long.class, eventId);
    }

    private long pendingLine(long eventId, long member) {
        return jdbc.queryForObject("""
                select id from points_submission where event_id = ? and member_id = ? and source_type = 'EVENT'
                and status = 'PENDING'""", Long.class, eventId, member);
    }

    private String status(long line) {
        return jdbc.queryForObject("select status from points_submission where id = ?", String.class, line);
    }

    private void refusedAsDecided(Runnable decision) {
        assertThatThrownBy(() -> t.run(Demo.ADMIN, decision))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        x -> assertThat(x.getMessageKey()).isEqualTo("points.approve.alreadyDecided"));
    }

    @Test
    void closed_year_attendance_changes_no_points() {
        List<Long> c03 = t.membersOf("C03");
        long a = c03.get(0);
        long b = c03.get(1);
        long recordedWhileOpen = EVENT_IDS.incrementAndGet();
        publish(themedDay(recordedWhileOpen, 11, true, Set.of(a), Set.of(b)));
        assertThat(eventNet(recordedWhileOpen, a)).isEqualTo(2);
        assertThat(eventNet(recordedWhileOpen, b)).isEqualTo(-2);

        t.updateSettings(rules, x -> x.setOpenYear(YEAR + 1));
        int before = t.yearNet(b, YEAR);
        long backDated = EVENT_IDS.incrementAndGet();
        publish(themedDay(backDated, 12, true, Set.of(a), Set.of(b)));
        assertThat(eventEntries(backDated))
                .as("a meeting back-dated into a closed year")
                .isZero();
        assertThat(pendingLines(backDated)).isEmpty();
        publish(themedDay(recordedWhileOpen, 11, true, Set.of(b), Set.of(a)));
        publish(themedDay(recordedWhileOpen, 11, false, Set.of(b), Set.of(a)));
        assertThat(eventEntries(recordedWhileOpen))
                .as("a closed year is frozen: no reversal either")
                .isEqualTo(2);
        assertThat(eventNet(recordedWhileOpen, b)).isEqualTo(-2);
        assertThat(t.yearNet(b, YEAR)).isEqualTo(before);
    }

    @Test
    void a_late_line_still_pending_when_the_year_closes_can_only_be_rejected() {
        t.updateSettings(rules, x -> x.setLateAttendanceDays(30));
        long a = t.membersOf("C03").get(7);
        long id = EVENT_IDS.incrementAndGet();
        publish(themedDay(id, 9, true, Set.of(a), Set.of()));
        long line = pendingLine(id, a);
        t.updateSettings(rules, x -> x.setOpenYear(YEAR + 1));
        assertThatThrownBy(() -> t.run(Demo.ADMIN, () -> approvals.approve(List.of(line))))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        x -> assertThat(x.getMessageKey()).isEqualTo("points.approve.closedYear"));
        t.run(Demo.ADMIN, () -> approvals.reject(List.of(line), "年度已关闭"));
        assertThat(eventEntries(id)).isZero();
    }

    @Test
    void late_attendance_waits_for_approval() {
        t.updateSettings(rules, x -> x.setLateAttendanceDays(30));
        List<Long> c03 = t.membersOf("C03");
        long a = c03.get(2);
        long b = c03.get(3);
        long id = EVENT_IDS.incrementAndGet();
        int before = t.yearNet(a, YEAR);
        EventAttendanceChanged e = themedDay(id, 4, true, Set.of(a), Set.of(b));
        publish(e);
        assertThat(eventEntries(id))
                .as("recorded years after the meeting: nothing before approval")
                .isZero();
        assertThat(t.yearNet(a, YEAR)).isEqualTo(before);
        assertThat(pendingLines(id)).hasSize(2);
        long lineA = pendingLine(id, a);
        long lineB = pendingLine(id, b);
        SubmissionRow row = t.as(Demo.ADMIN, () -> approvals.pending(0, 100_000)).stream()
                .filter(r -> r.id() == lineA)
                .findFirst()
                .orElseThrow();
        assertThat(row.sourceType()).as("shown as late attendance of the event").isEqualTo(SourceType.EVENT);
        assertThat(row.eventId()).isEqualTo(id);
        assertThat(row.targetState()).isEqualTo("ATTEND");
        publish(e);
        assertThat(pendingLines(id))
                .as("the same attendance sent again asks once")
                .containsExactlyInAnyOrder(lineA, lineB);

        assertThat(t.as(Demo.ADMIN, () -> approvals.approve(List.of(lineA)))).isEqualTo(2);
        assertThat(eventNet(id, a)).isEqualTo(2);
        assertThat(t.yearNet(a, YEAR)).isEqualTo(before + 2);
        refusedAsDecided(() -> approvals.approve(List.of(lineA)));
        t.run(Demo.ADMIN, () -> approvals.reject(List.of(lineB), "补录无依据"));
        assertThat(eventNet(id, b)).as("rejecting appends nothing").isZero();
        publish(e);
        assertThat(eventEntries(id)).as("approved once, never again").isEqualTo(1);
        assertThat(pendingLines(id))
                .as("a rejected request is not asked again by re-saving")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select approved_by from points_entry where source_type = 'EVENT' and source_id = ?",
                        String.class,
                        id))
                .isEqualTo(Demo.ADMIN);
    }

    @Test
    void late_attendance_corrected_while_pending_does_not_double() {
        t.updateSettings(rules, x -> x.setLateAttendanceDays(30));
        long c = t.membersOf("C03").get(4);
        long id = EVENT_IDS.incrementAndGet();
        publish(themedDay(id, 5, true, Set.of(c), Set.of()));
        long first = pendingLine(id, c);
        publish(themedDay(id, 5, true, Set.of(), Set.of(c)));
        long second = pendingLine(id, c);
        assertThat(second).isNotEqualTo(first);
        assertThat(status(first)).isEqualTo("WITHDRAWN");
        refusedAsDecided(() -> approvals.approve(List.of(first)));
        assertThat(t.as(Demo.ADMIN, () -> approvals.approve(List.of(second)))).isEqualTo(-2);
        publish(themedDay(id, 5, true, Set.of(), Set.of(c)));
        assertThat(eventNet(id, c)).isEqualTo(-2);
        assertThat(eventEntries(id)).isEqualTo(1);
        assertThat(pendingLines(id)).isEmpty();

        publish(themedDay(id, 5, false, Set.of(), Set.of(c)));
        long cancel = pendingLine(id, c);
        assertThat(eventNet(id, c)).as("a late cancellation waits too").isEqualTo(-2);
        t.run(Demo.ADMIN, () -> approvals.approve(List.of(cancel)));
        assertThat(eventNet(id, c)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where entity_type = 'PointsEntry' and action = 'EVENT_POINTS'
                and entity_label like ?""", Integer.class, "%#" + id))
                .as("the audit log names the event behind each automatic batch")
                .isEqualTo(2);
    }

    @Test
    void absence_deduction_is_capped() {
        long a = t.membersOf("C03").get(5);
        for (int month = 1; month <= 7; month++) {
            publish(themedDay(EVENT_IDS.incrementAndGet(), month, true, Set.of(), Set.of(a)));
        }
        Integer missed = jdbc.queryForObject("""
                select coalesce(sum(points), 0) from points_entry where member_id = ? and rule_id = ? and year(entry_date) = ?""", Integer.class, a, t.ruleId("MISSED_MEETING"), YEAR);
        assertThat(missed).as("seven unexcused absences, capped at −10 a year").isEqualTo(-10);
    }

    @Test
    void on_time_attendance_writes_an_audit_entry_naming_the_event() {
        long a = t.membersOf("C03").get(6);
        long id = EVENT_IDS.incrementAndGet();
        publish(themedDay(id, 8, true, Set.of(a), Set.of()));
        String changes = jdbc.queryForObject("""
                select changes from audit_log where entity_type = 'PointsEntry' and action = 'EVENT_POINTS'
                and entity_label like ?""", String.class, "%#" + id);
        long entry = jdbc.queryForObject(
                "select id from points_entry where source_type = 'EVENT' and source_id = ?", Long.class, id);
        assertThat(changes).contains("event: ∅ → " + id).contains("entries: ∅ → " + entry);
    }
}
