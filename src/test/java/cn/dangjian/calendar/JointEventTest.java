package cn.dangjian.calendar;

import static cn.dangjian.calendar.CalendarTestData.as;
import static cn.dangjian.calendar.CalendarTestData.branchId;
import static cn.dangjian.calendar.CalendarTestData.memberIdOf;
import static cn.dangjian.calendar.CalendarTestData.run;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.pairing.PairingDetail;
import cn.dangjian.pairing.PairingEvidenceService;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A joint event between 妇产科 (C08, organiser) and its partner 康复中医 (C11) under their live pairing, on the real
 * database: both calendars, attendance by each party's secretary, QR sign-in of a partner member, points exactly
 * once on each member's own ledger, the evidence on the pairing both parties read, and the partner's limits.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JointEventTest {

    @Autowired
    CalendarService calendar;

    @Autowired
    EventScheduleService schedule;

    @Autowired
    AttendanceService attendance;

    @Autowired
    SignInService signIns;

    @Autowired
    PairingService pairings;

    @Autowired
    PairingEvidenceService evidence;

    @Autowired
    ComplianceService compliance;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long pairing() {
        return jdbc.queryForObject("""
                select min(p.id) from pairing p join party_branch a on a.id = p.branch_id
                join party_branch b on b.id = p.partner_branch_id
                where a.code = 'C11' and b.code = 'C08' and p.status = 'ACTIVE'""", Long.class);
    }

    private List<Long> members(String branch) {
        return jdbc.queryForList(
                "select m.id from party_member m join party_branch b on b.id = m.branch_id where b.code = ? order by m.id",
                Long.class,
                branch);
    }

    private long firstGoal(long pairingId) {
        return jdbc.queryForObject("select min(id) from pairing_goal where pairing_id = ?", Long.class, pairingId);
    }

    private EventInput joint(String type, LocalDateTime start, List<Long> goals, Integer external) {
        EventInput in = CalendarTestData.input(jdbc, "C08", type, start, Audience.BRANCH, List.of());
        return new EventInput(
                null,
                0,
                in.branchId(),
                in.typeId(),
                in.title(),
                start,
                start.plusHours(1),
                in.place(),
                null,
                Audience.BRANCH,
                List.of(),
                pairing(),
                goals,
                external,
                null,
                null);
    }

    /** Net points of each member from one event, and how many entries are not reversed (idempotence). */
    private Map<Long, Integer> pointsOf(long eventId, long memberId) {
        return Map.of(
                memberId,
                jdbc.queryForObject(
                        "select coalesce(sum(points), 0) from points_entry where source_type = 'EVENT' and source_id = ?"
                                + " and member_id = ?",
                        Integer.class,
                        eventId,
                        memberId));
    }

    /** What the attendance rule grants the member now: its points within what its yearly cap leaves. */
    private int attendPoints(long memberId, int year) {
        Map<String, Object> rule =
                jdbc.queryForMap("select id, points, cap_year from points_rule where code = 'THEMED_DAY_ATTEND'");
        int used = jdbc.queryForObject(
                "select coalesce(sum(points), 0) from points_entry where member_id = ? and rule_id = ?"
                        + " and year(entry_date) = ?",
                Integer.class,
                memberId,
                rule.get("id"),
                year);
        int points = ((Number) rule.get("points")).intValue();
        Number cap = (Number) rule.get("cap_year");
        return cap == null ? points : Math.min(points, Math.max(0, cap.intValue() - used));
    }

    private int points(long eventId, long memberId) {
        return pointsOf(eventId, memberId).get(memberId);
    }

    private String refusal(ThrowingCallable call) {
        try {
            call.call();
        } catch (BusinessException e) {
            return e.getMessageKey();
        } catch (Throwable t) {
            return t.getClass().getSimpleName();
        }
        return "accepted";
    }

    @Test
    void a_joint_event_is_seen_recorded_and_counted_by_both_parties_exactly_once() {
        long c08 = branchId(jdbc, "C08");
        long c11 = branchId(jdbc, "C11");
        long pairing = pairing();
        long goal = firstGoal(pairing);
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        CalendarEvent e = as(
                users,
                Demo.SECRETARY_C08,
                () -> schedule.save(joint(EventTypeCodes.THEMED_DAY, now.minusMinutes(30), List.of(goal), 6)));
        assertThat(e.getJoint().getPartnerBranchIds()).containsExactly(c11);
        List<Long> c08Members = members("C08");
        List<Long> c11Members = members("C11");
        Set<Long> expected = new HashSet<>(c08Members);
        expected.addAll(c11Members);
        assertThat(jdbc.queryForList("select member_id from cal_attendance where event_id = ?", Long.class, e.getId()))
                .as("the whole of each party branch is expected")
                .containsExactlyInAnyOrderElementsOf(expected);

        // Both calendars show it, marked joint; the partner's secretary may tick only the own members.
        LocalDate today = now.toLocalDate();
        for (String secretary : List.of(Demo.SECRETARY_C08, Demo.SECRETARY_C11)) {
            assertThat(as(users, secretary, () -> calendar.entries(today.minusDays(1), today.plusDays(2), filter())))
                    .filteredOn(x -> x.id().equals(e.getId()))
                    .singleElement()
                    .matches(CalendarEntry::joint);
        }
        EventDetail partnerView = as(users, Demo.SECRETARY_C11, () -> calendar.detail(e.getId()));
        assertThat(partnerView.canEdit()).isFalse();
        assertThat(partnerView.recordableMemberIds()).containsExactlyInAnyOrderElementsOf(c11Members);
        assertThat(as(
                        users,
                        Demo.SECRETARY_C08,
                        () -> calendar.detail(e.getId()).recordableMemberIds()))
                .containsExactlyInAnyOrderElementsOf(c08Members);

        // A partner member signs in with the organiser's QR code.
        String token =
                as(users, Demo.SECRETARY_C08, () -> signIns.code(e.getId()).token());
        assertThat(as(users, Demo.MEMBER_C11, () -> signIns.signIn(token))).isEqualTo(SignInResult.SIGNED_IN);
        long member2 = memberIdOf(jdbc, Demo.MEMBER_C11);

        // The organiser records the own members and marks the event held; the partner's rows are left alone.
        int year = today.getYear();
        long c08Present = c08Members.stream()
                .max(java.util.Comparator.comparingInt(m -> attendPoints(m, year)))
                .orElseThrow();
        int c08Expected = attendPoints(c08Present, year);
        int member2Expected = attendPoints(member2, year);
        long c08Absent =
                c08Members.stream().filter(m -> m != c08Present).findFirst().orElseThrow();
        run(
                users,
                Demo.SECRETARY_C08,
                () -> attendance.recordHeld(
                        new HeldInput(e.getId(), e.getVersion(), Set.of(c08Present), Map.of(), null)));
        long version = jdbc.queryForObject("select version from cal_event where id = ?", Long.class, e.getId());
        long c11Absent =
                c11Members.stream().filter(m -> m != member2).findFirst().orElseThrow();
        long c11Leave = c11Members.stream()
                .filter(m -> m != member2 && m != c11Absent)
                .findFirst()
                .orElseThrow();
        assertThat(points(e.getId(), member2))
                .as("a QR sign-in counts once the event is held")
                .isEqualTo(member2Expected);
        assertThat(points(e.getId(), c11Absent))
                .as("not yet recorded by the partner")
                .isZero();

        // The partner secretary records the own members; twice changes nothing.
        for (int i = 0; i < 2; i++) {
            run(
                    users,
                    Demo.SECRETARY_C11,
                    () -> attendance.recordHeld(
                            new HeldInput(e.getId(), version, Set.of(member2), Map.of(c11Leave, "出诊"), null)));
        }
        assertThat(points(e.getId(), c08Present)).isEqualTo(c08Expected);
        assertThat(points(e.getId(), member2)).isEqualTo(member2Expected);
        assertThat(points(e.getId(), c08Absent)).isEqualTo(-2);
        assertThat(points(e.getId(), c11Absent)).isEqualTo(-2);
        assertThat(points(e.getId(), c11Leave)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from points_entry where source_type = 'EVENT' and source_id = ? and member_id = ?",
                        Integer.class,
                        e.getId(),
                        c11Absent))
                .as("one entry, not one per recording")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select branch_id from points_entry where source_type = 'EVENT' and source_id = ? and member_id = ?",
                        Long.class,
                        e.getId(),
                        c11Absent))
                .as("on the member's own branch's ledger")
                .isEqualTo(c11);

        // One piece of evidence, with the organiser's goal and head count, read by both parties on the pairing.
        for (String secretary : List.of(Demo.SECRETARY_C08, Demo.SECRETARY_C11)) {
            PairingDetail d = as(users, secretary, () -> pairings.detail(pairing));
            assertThat(d.evidence())
                    .filteredOn(x -> x.fromCalendar() && x.title().equals(e.getTitle()))
                    .singleElement()
                    .satisfies(x -> {
                        assertThat(x.goalIds()).containsExactly(goal);
                        assertThat(x.externalParticipants()).isEqualTo(6);
                    });
        }
        assertThat(c08).isNotEqualTo(c11);
    }

    @Test
    void a_partner_secretary_sees_the_event_but_cannot_change_it_or_others_attendance() {
        LocalDateTime start = LocalDateTime.now(clock)
                .minusDays(1)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        CalendarEvent e = as(
                users,
                Demo.SECRETARY_C08,
                () -> schedule.save(joint(EventTypeCodes.JOINT_ACTIVITY, start, List.of(), null)));
        long c08Member = memberIdOf(jdbc, Demo.MEMBER_C08);
        EventInput edit = new EventInput(
                e.getId(),
                e.getVersion(),
                e.getBranchId(),
                e.getEventType().getId(),
                "改名",
                start,
                start.plusHours(1),
                null,
                null,
                Audience.BRANCH,
                List.of(),
                e.getPairingId(),
                null);
        List<ThrowingCallable> refused = List.of(
                () -> schedule.save(edit),
                () -> schedule.reschedule(e.getId(), e.getVersion(), start.plusHours(2), start.plusHours(3)),
                () -> schedule.cancel(e.getId(), e.getVersion()),
                () -> signIns.code(e.getId()));
        for (ThrowingCallable call : refused) {
            assertThat(as(users, Demo.SECRETARY_C11, () -> refusal(call))).isEqualTo("calendar.joint.organiserOnly");
        }
        assertThat(as(
                        users,
                        Demo.SECRETARY_C11,
                        () -> refusal(() -> attendance.recordHeld(
                                new HeldInput(e.getId(), e.getVersion(), Set.of(c08Member), Map.of(), null)))))
                .isEqualTo("calendar.joint.ownMembersOnly");
        assertThat(as(
                        users,
                        Demo.SECRETARY_C11,
                        () -> refusal(() -> attendance.recordHeld(
                                new HeldInput(e.getId(), e.getVersion(), Set.of(), Map.of(c08Member, "x"), null)))))
                .isEqualTo("calendar.joint.ownMembersOnly");
        assertThat(as(users, "sec-c07", () -> refusal(() -> calendar.detail(e.getId()))))
                .as("a non-party branch does not see it")
                .isEqualTo("error.notFound");
        CalendarEvent after = as(users, Demo.SECRETARY_C08, () -> {
            EventDetail d = calendar.detail(e.getId());
            assertThat(d.title()).isEqualTo(e.getTitle());
            assertThat(d.start()).isEqualTo(start);
            assertThat(d.status()).isEqualTo(EventStatus.PLANNED);
            return e;
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from cal_attendance where event_id = ? and status is not null",
                        Integer.class,
                        after.getId()))
                .isZero();
    }

    @Test
    @Order(1) // before the other tests record joint events today: on a month's first day this month is the only gap
    void a_joint_themed_day_counts_for_every_party_branch_but_a_joint_general_meeting_for_its_organiser_only() {
        long c08 = branchId(jdbc, "C08");
        long c11 = branchId(jdbc, "C11");
        LocalDate today = LocalDate.now(clock);
        DueItem gap = null;
        for (int year : List.of(today.getYear(), today.getYear() - 1)) {
            gap = as(users, Demo.ADMIN, () -> compliance.branchItems(c11, year)).stream()
                    .filter(i -> i.typeCode().equals(EventTypeCodes.THEMED_DAY) && i.eventId() == null)
                    // A period already begun: on the first day of a month that month is the only gap left.
                    .filter(i -> !i.periodStart().isAfter(today))
                    .findFirst()
                    .orElse(null);
            if (gap != null) {
                break;
            }
        }
        assertThat(gap).as("the demo partner branch misses some themed day").isNotNull();
        LocalDate day = gap.periodStart().plusDays(9).isBefore(today)
                ? gap.periodStart().plusDays(9)
                : gap.periodStart();
        int year = day.getYear();
        CalendarEvent themed = heldJoint(EventTypeCodes.THEMED_DAY, day.atTime(14, 0));
        CalendarEvent general = heldJoint(EventTypeCodes.GENERAL_MEETING, day.atTime(16, 0));
        List<DueItem> partner = as(users, Demo.SECRETARY_C11, () -> compliance.branchItems(c11, year));
        assertThat(partner)
                .filteredOn(i -> i.typeCode().equals(EventTypeCodes.THEMED_DAY))
                .extracting(DueItem::eventId)
                .contains(themed.getId());
        assertThat(partner).extracting(DueItem::eventId).doesNotContain(general.getId());
        LocalDate period = gap.periodStart();
        assertThat(as(users, Demo.SECRETARY_C08, () -> compliance.branchItems(c08, year)))
                .filteredOn(i -> i.typeCode().equals(EventTypeCodes.THEMED_DAY)
                        && i.periodStart().equals(period))
                .singleElement()
                .satisfies(i -> assertThat(i.eventId()).isNotNull());
    }

    /**
     * Held by C08 with its own members on leave: no attendance or absence points, so the month's penalty caps stay
     * free for the other tests of this class, which record joint events on the same day.
     */
    private CalendarEvent heldJoint(String type, LocalDateTime start) {
        Map<Long, String> onLeave = members("C08").stream().collect(Collectors.toMap(m -> m, m -> "公出"));
        return as(users, Demo.SECRETARY_C08, () -> {
            CalendarEvent e = schedule.save(joint(type, start, List.of(), null));
            return attendance.recordHeld(new HeldInput(e.getId(), e.getVersion(), Set.of(), onLeave, null));
        });
    }

    @Test
    void a_held_event_linked_afterwards_brings_its_evidence_and_re_assigned_goals_stay() {
        long pairing = pairing();
        List<Long> goals =
                jdbc.queryForList("select id from pairing_goal where pairing_id = ? order by id", Long.class, pairing);
        LocalDateTime start = LocalDateTime.now(clock)
                .minusDays(2)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        CalendarEvent held = as(users, Demo.SECRETARY_C08, () -> {
            EventInput in = CalendarTestData.input(
                    jdbc, "C08", EventTypeCodes.VOLUNTEER_SERVICE, start, Audience.BRANCH, List.of());
            CalendarEvent e = schedule.save(in);
            return attendance.recordHeld(new HeldInput(e.getId(), e.getVersion(), Set.of(), Map.of(), null));
        });
        assertThat(evidenceCount(held.getId())).isZero();
        EventInput link = new EventInput(
                held.getId(),
                held.getVersion(),
                held.getBranchId(),
                held.getEventType().getId(),
                held.getTitle(),
                start,
                start.plusHours(1),
                held.getPlace(),
                null,
                Audience.BRANCH,
                List.of(),
                pairing,
                List.of(goals.get(0)),
                3,
                120,
                null);
        CalendarEvent linked = as(users, Demo.SECRETARY_C08, () -> schedule.save(link));
        assertThat(linked.getJoint().getPartnerBranchIds()).containsExactly(branchId(jdbc, "C11"));
        assertThat(evidenceCount(held.getId())).isEqualTo(1);
        Map<String, Object> ev = jdbc.queryForMap(
                "select id, pairing_id, external_participants, people_served from pairing_evidence"
                        + " where calendar_event_id = ?",
                held.getId());
        assertThat(((Number) ev.get("pairing_id")).longValue()).isEqualTo(pairing);
        assertThat(((Number) ev.get("people_served")).intValue()).isEqualTo(120);
        long evidenceId = ((Number) ev.get("id")).longValue();
        assertThat(goalsOf(evidenceId)).containsExactly(goals.get(0));

        // The partner re-assigns the calendar's evidence to no goal; a later edit of the event keeps that choice.
        run(users, Demo.SECRETARY_C11, () -> evidence.reassignGoals(evidenceId, Set.of()));
        assertThat(goalsOf(evidenceId)).isEmpty();
        as(
                users,
                Demo.SECRETARY_C08,
                () -> schedule.save(new EventInput(
                        link.id(),
                        linked.getVersion(),
                        link.branchId(),
                        link.typeId(),
                        link.title(),
                        start,
                        start.plusHours(1),
                        link.place(),
                        null,
                        Audience.BRANCH,
                        List.of(),
                        pairing,
                        List.of(goals.get(0)),
                        4,
                        130,
                        null)));
        assertThat(goalsOf(evidenceId)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select people_served from pairing_evidence where id = ?", Integer.class, evidenceId))
                .isEqualTo(130);
        assertThat(as(users, Demo.SECRETARY_C08, () -> refusal(() -> schedule.save(link.withVersion(-1)))))
                .isEqualTo("error.conflict");
    }

    @Test
    void goals_of_another_pairing_and_impossible_head_counts_are_refused() {
        long otherGoal =
                jdbc.queryForObject("select min(id) from pairing_goal where pairing_id <> ?", Long.class, pairing());
        LocalDateTime start = LocalDateTime.now(clock)
                .plusDays(5)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        assertThat(as(
                        users,
                        Demo.SECRETARY_C08,
                        () -> refusal(() ->
                                schedule.save(joint(EventTypeCodes.JOINT_ACTIVITY, start, List.of(otherGoal), null)))))
                .isEqualTo("calendar.event.unknownGoal");
        assertThat(as(
                        users,
                        Demo.SECRETARY_C08,
                        () -> refusal(() -> schedule.save(joint(EventTypeCodes.JOINT_ACTIVITY, start, List.of(), -1)))))
                .isEqualTo("calendar.event.peopleOutOfRange");
    }

    private int evidenceCount(long eventId) {
        return jdbc.queryForObject(
                "select count(*) from pairing_evidence where calendar_event_id = ?", Integer.class, eventId);
    }

    private List<Long> goalsOf(long evidenceId) {
        return jdbc.queryForList(
                "select goal_id from pairing_evidence_goal where evidence_id = ?", Long.class, evidenceId);
    }

    private static CalendarFilter filter() {
        return new CalendarFilter(null, Set.of(), Set.of());
    }
}
