package cn.dangjian.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.EventAttendanceChanged;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The calendar's "event held" message becomes joint-activity evidence, idempotently. */
@IntegrationTest
class CalendarEvidenceListenerTest {

    private static final AtomicLong EVENT_IDS = new AtomicLong(9_000_000);

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PairingService pairings;

    @Autowired
    PairingEditService edits;

    @Autowired
    PairingLifecycleService lifecycle;

    @Autowired
    PairingEvidenceService evidence;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    PairingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new PairingFixtures(edits, lifecycle, jdbc, users);
    }

    private void publish(long eventId, long branchId, Long pairingId, String title, boolean held) {
        tx.executeWithoutResult(s -> publisher.publishEvent(new EventAttendanceChanged(
                eventId,
                EventTypeCodes.JOINT_ACTIVITY,
                branchId,
                pairingId,
                title,
                LocalDate.now().minusDays(2),
                2.0,
                false,
                held,
                Set.of(1L),
                Set.of(),
                Set.of())));
    }

    private int evidenceOf(long eventId) {
        return jdbc.queryForObject(
                "select count(*) from pairing_evidence where calendar_event_id = ?", Integer.class, eventId);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_held_joint_event_is_recorded_once_updated_on_repeat_and_removed_when_cancelled() {
        Long pairing = fx.active("F05", "T02", "日历联动-" + System.nanoTime(), PairingFixtures.freshStart());
        long eventId = EVENT_IDS.incrementAndGet();
        Long t02 = fx.branch("T02");
        publish(eventId, t02, pairing, "联合主题党日", true);
        publish(eventId, t02, pairing, "联合主题党日（更正）", true);
        assertThat(evidenceOf(eventId)).isEqualTo(1);
        PairingDetail.EvidenceItem item = pairings.detail(pairing).evidence().stream()
                .filter(PairingDetail.EvidenceItem::fromCalendar)
                .findFirst()
                .orElseThrow();
        assertThat(item.title()).isEqualTo("联合主题党日（更正）");
        assertThat(item.kind()).isEqualTo(EvidenceKind.JOINT_ACTIVITY);
        assertThat(item.happenedOn()).isEqualTo(LocalDate.now().minusDays(2));
        // Calendar evidence is owned by the calendar: removing it by hand is refused.
        assertThatThrownBy(() -> evidence.remove(item.id())).isInstanceOf(BusinessException.class);
        publish(eventId, t02, pairing, "联合主题党日（更正）", false);
        assertThat(evidenceOf(eventId)).isZero();
        publish(eventId, t02, pairing, "联合主题党日（更正）", false);
        assertThat(evidenceOf(eventId)).isZero();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void an_event_of_a_branch_that_is_not_a_party_or_without_pairing_records_nothing() {
        Long pairing = fx.as(
                Demo.ADMIN, () -> fx.active("F05", "T04", "非当事支部-" + System.nanoTime(), PairingFixtures.freshStart()));
        long eventId = EVENT_IDS.incrementAndGet();
        publish(eventId, fx.branch("C08"), pairing, "他支部的活动", true);
        assertThat(evidenceOf(eventId)).isZero();
        long other = EVENT_IDS.incrementAndGet();
        publish(other, fx.branch("T04"), pairing, "联合党日", true);
        assertThat(evidenceOf(other)).isEqualTo(1);
        // The event is moved off the pairing: its evidence goes.
        publish(other, fx.branch("T04"), null, "联合党日", true);
        assertThat(evidenceOf(other)).isZero();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_rolled_back_calendar_transaction_leaves_no_evidence() {
        Long pairing = fx.active("F05", "T01", "回滚测试-" + System.nanoTime(), PairingFixtures.freshStart());
        long eventId = EVENT_IDS.incrementAndGet();
        tx.executeWithoutResult(s -> {
            publisher.publishEvent(new EventAttendanceChanged(
                    eventId,
                    EventTypeCodes.JOINT_ACTIVITY,
                    fx.branch("T01"),
                    pairing,
                    "回滚的活动",
                    LocalDate.now(),
                    1.0,
                    false,
                    true,
                    Set.of(),
                    Set.of(),
                    Set.of()));
            s.setRollbackOnly();
        });
        assertThat(evidenceOf(eventId)).isZero();
    }
}
