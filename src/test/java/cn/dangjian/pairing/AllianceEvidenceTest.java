package cn.dangjian.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.contracts.EventAttendanceChanged;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SignedIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A held joint event under an alliance becomes evidence of the alliance whichever internal party organises it
 * (the lead or a member), recorded once and read by every party; a branch that left, or never joined, writes none.
 */
@IntegrationTest
class AllianceEvidenceTest {

    @Autowired
    AllianceService alliances;

    @Autowired
    PairingService pairings;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Test
    void an_event_organised_by_a_member_party_is_evidence_every_party_reads() {
        LocalDate today = LocalDate.now(clock);
        Long id = as(
                Demo.ADMIN,
                () -> alliances.create(new AllianceInput(
                        "证据联盟-" + System.nanoTime(),
                        AllianceLevel.HOSPITAL,
                        branch("F04"),
                        "证据联盟章程",
                        today.minusDays(30),
                        today.plusYears(2),
                        null)));
        as(Demo.ADMIN, () -> alliances.addParty(id, member("C08", today.minusDays(10))));
        as(Demo.ADMIN, () -> alliances.addParty(id, member("C11", today.minusDays(10))));
        Long gone = as(Demo.ADMIN, () -> alliances.addParty(id, member("C05", today.minusDays(20))));
        SignedIn.run(users, Demo.ADMIN, () -> alliances.leave(gone, today.minusDays(1)));
        // Signing the charter and setting goals before it starts is the lifecycle's business, tested there.
        jdbc.update("update pairing set status = 'ACTIVE', signed_date = ? where id = ?", today.minusDays(30), id);

        long byMember = 9_100_000 + System.nanoTime() % 100_000;
        publish(byMember, branch("C11"), id, "联盟联合义诊", today);
        long byLead = byMember + 200_000;
        publish(byLead, branch("F04"), id, "联盟主题党日", today);
        long byLeaver = byMember + 400_000;
        publish(byLeaver, branch("C05"), id, "已退出支部的活动", today);
        long byOutsider = byMember + 600_000;
        publish(byOutsider, branch("C09"), id, "非成员支部的活动", today);

        assertThat(evidenceOf(byMember)).as("organised by a member party").isEqualTo(1);
        assertThat(evidenceOf(byLead)).as("organised by the lead").isEqualTo(1);
        assertThat(evidenceOf(byLeaver)).as("organised by a party that left").isZero();
        assertThat(evidenceOf(byOutsider))
                .as("organised by a branch outside the alliance")
                .isZero();
        for (String reader : new String[] {Demo.ADMIN, Demo.SECRETARY_C08, Demo.SECRETARY_C11}) {
            assertThat(as(reader, () -> pairings.detail(id).evidence()))
                    .as("evidence %s reads", reader)
                    .filteredOn(PairingDetail.EvidenceItem::fromCalendar)
                    .extracting(PairingDetail.EvidenceItem::title)
                    .containsExactlyInAnyOrder("联盟联合义诊", "联盟主题党日");
        }
    }

    private void publish(long eventId, long branchId, Long pairingId, String title, LocalDate held) {
        tx.executeWithoutResult(s -> publisher.publishEvent(new EventAttendanceChanged(
                eventId,
                EventTypeCodes.JOINT_ACTIVITY,
                branchId,
                pairingId,
                title,
                held,
                2.0,
                false,
                true,
                Set.of(),
                Set.of(),
                Set.of())));
    }

    private int evidenceOf(long eventId) {
        return jdbc.queryForObject(
                "select count(*) from pairing_evidence where calendar_event_id = ?", Integer.class, eventId);
    }

    private PartyInput member(String code, LocalDate joined) {
        return new PartyInput(branch(code), null, AllianceRole.MEMBER, joined, null, "联络员", null);
    }

    private long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    private <T> T as(String user, Callable<T> work) {
        return SignedIn.as(users, user, work);
    }
}
