package cn.dangjian.pairing.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.calendar.AttendanceService;
import cn.dangjian.calendar.HeldInput;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A project's joint activities on the real database: the claimant schedules one from the need (a 联建活动 of the
 * need's pairing, linked in pairing_need_event), a second click links nothing twice, a branch outside the need is
 * refused without a trace, and only held events count as the project's evidence.
 */
@IntegrationTest
class NeedEventServiceTest {

    private static final String SEC_F03 = "sec-f03";

    @Autowired
    NeedService needs;

    @Autowired
    NeedProjectService projects;

    @Autowired
    NeedEventService jointEvents;

    @Autowired
    AttendanceService attendance;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    ListsFixtures fx;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fx = new ListsFixtures(jdbc, users);
        today = LocalDate.now(clock);
    }

    private int links(long needId) {
        return jdbc.queryForObject("select count(*) from pairing_need_event where need_id = ?", Integer.class, needId);
    }

    @Test
    void the_claimant_schedules_a_linked_joint_event_and_held_ones_are_the_evidence() {
        long pairing = fx.pairingBetween("F03", "C08");
        long id = fx.as(
                Demo.SECRETARY_C08,
                () -> needs.raise(ListsFixtures.need(
                        "联合义诊需求-" + System.nanoTime(), fx.branch("C08"), pairing, today.plusDays(20))));
        NeedRow waiting = fx.as(SEC_F03, () -> needs.get(id));
        assertThat(waiting.canScheduleEvent()).as("not before it is claimed").isFalse();
        assertThatThrownBy(() -> fx.run(
                        SEC_F03,
                        () -> jointEvents.schedule(id, "x", today.atTime(9, 0), today.atTime(10, 0), null, key())))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "need.notClaimed");

        fx.run(SEC_F03, () -> projects.claim(id, fx.branch("F03"), ClaimMode.SOLO, null));
        assertThat(fx.as(SEC_F03, () -> needs.get(id)).canScheduleEvent()).isTrue();
        assertThat(fx.as(Demo.SECRETARY_C08, () -> needs.get(id)).canScheduleEvent())
                .as("the requester is a party too")
                .isTrue();

        // Held earlier today (so it can be recorded held), and a planned one next week; the same dialog clicked twice.
        LocalDateTime morning = today.atTime(0, 15);
        String key = key();
        long held = fx.as(SEC_F03, () -> jointEvents.schedule(id, "联合义诊", morning, morning.plusHours(1), "门诊大厅", key));
        long again = fx.as(SEC_F03, () -> jointEvents.schedule(id, "联合义诊", morning, morning.plusHours(1), "门诊大厅", key));
        assertThat(again).as("a second click finds the first event").isEqualTo(held);
        long planned = fx.as(
                Demo.SECRETARY_C08,
                () -> jointEvents.schedule(
                        id,
                        "健康宣教",
                        today.plusDays(7).atTime(14, 30),
                        today.plusDays(7).atTime(16, 0),
                        null,
                        key()));
        assertThat(links(id)).isEqualTo(2);
        assertThat(jdbc.queryForMap("select branch_id, pairing_id, e.title from cal_event e where e.id = ?", held))
                .containsEntry("branch_id", fx.branch("F03"))
                .containsEntry("pairing_id", pairing);
        assertThat(jdbc.queryForObject("select branch_id from cal_event where id = ?", Long.class, planned))
                .as("the requesting secretary organises for their own branch")
                .isEqualTo(fx.branch("C08"));

        NeedRow row = fx.as(SEC_F03, () -> needs.get(id));
        assertThat(row.events()).extracting(l -> l.eventId()).containsExactly(held, planned);
        assertThat(row.heldEvents()).as("nothing held yet").isZero();

        long version = jdbc.queryForObject("select version from cal_event where id = ?", Long.class, held);
        fx.run(SEC_F03, () -> attendance.recordHeld(new HeldInput(held, version, Set.of(), Map.of(), null)));
        NeedRow after = fx.as(Demo.SECRETARY_C08, () -> needs.get(id));
        assertThat(after.heldEvents())
                .as("the held one is the project's evidence")
                .isEqualTo(1);
        assertThat(after.events())
                .filteredOn(l -> l.held())
                .extracting(l -> l.eventId())
                .containsExactly(held);
    }

    @Test
    void a_branch_outside_the_need_is_refused_and_nothing_is_written() {
        long pairing = fx.pairingBetween("F03", "C08");
        long id = fx.as(
                Demo.SECRETARY_C08,
                () -> needs.raise(ListsFixtures.need(
                        "外支部不可安排-" + System.nanoTime(), fx.branch("C08"), pairing, today.plusDays(20))));
        fx.run(SEC_F03, () -> projects.claim(id, fx.branch("F03"), ClaimMode.SOLO, null));
        int events = jdbc.queryForObject("select count(*) from cal_event", Integer.class);

        assertThatThrownBy(() -> fx.run(
                        Demo.SECRETARY_C11,
                        () -> jointEvents.schedule(
                                id,
                                "越权",
                                today.plusDays(3).atTime(9, 0),
                                today.plusDays(3).atTime(10, 0),
                                null,
                                key())))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.as(Demo.SECRETARY_C11, () -> needs.list(false)))
                .filteredOn(r -> r.id() == id)
                .allSatisfy(r -> assertThat(r.canScheduleEvent()).isFalse());
        assertThatThrownBy(() -> fx.run(
                        Demo.LEADER,
                        () -> jointEvents.schedule(
                                id,
                                "只读",
                                today.plusDays(3).atTime(9, 0),
                                today.plusDays(3).atTime(10, 0),
                                null,
                                key())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(links(id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from cal_event", Integer.class))
                .isEqualTo(events);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
