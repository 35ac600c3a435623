package cn.dangjian.pairing.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.CoConstructionFacts;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A need's journey on the real database: raised by a clinical branch to its functional partner, claimed, closed
 * (points once, evidence on the pairing, the service record moves) and rated; who sees and may do what; and the
 * refusals that change nothing.
 */
@IntegrationTest
class NeedServiceTest {

    private static final String SEC_F03 = "sec-f03";

    @Autowired
    NeedService needs;

    @Autowired
    NeedProjectService projects;

    @Autowired
    ServiceRecordService records;

    @Autowired
    CoConstructionFacts facts;

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

    private long raiseFromC08(String title) {
        long pairing = fx.pairingBetween("F03", "C08");
        return fx.as(
                Demo.SECRETARY_C08,
                () -> needs.raise(ListsFixtures.need(title, fx.branch("C08"), pairing, today.plusDays(10))));
    }

    private int ledger(long needId) {
        return jdbc.queryForObject(
                "select count(*) from points_entry where source_type = 'NEED' and source_id = ?",
                Integer.class,
                needId);
    }

    @Test
    void a_need_travels_from_raised_to_rated_and_counts_once() {
        int year = today.getYear();
        ServiceRecord before =
                fx.as(Demo.ADMIN, () -> records.of(fx.branch("F03"), year)).orElseThrow();
        CoConstructionFacts.Joint factsBefore =
                fx.as(Demo.ADMIN, () -> facts.byBranch(year)).get(fx.branch("F03"));
        long id = raiseFromC08("产科护理质控协助-" + System.nanoTime());

        NeedRow seen = fx.as(SEC_F03, () -> needs.get(id));
        assertThat(seen.canClaim()).as("the partner may claim").isTrue();
        assertThat(seen.canRate()).isFalse();
        fx.run(SEC_F03, () -> projects.claim(id, fx.branch("F03"), ClaimMode.SOLO, null));
        assertThat(fx.status(id)).isEqualTo("IN_PROGRESS");
        assertThat(fx.as(SEC_F03, () -> records.of(fx.branch("F03"), year)))
                .as("a secretary sees their own branch's record")
                .isPresent();

        fx.run(SEC_F03, () -> projects.close(id, fx.version(id), "已协调护理部调配 2 名助产士"));
        assertThat(fx.status(id)).isEqualTo("DONE");
        assertThat(ledger(id))
                .as("the claimant's secretary earns the rule once")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select member_id from points_entry where source_type = 'NEED' and source_id = ?",
                        Long.class,
                        id))
                .isEqualTo(fx.memberOf(SEC_F03));
        assertThat(jdbc.queryForObject(
                        "select count(*) from pairing_evidence where need_id = ? and kind = 'NEED_CLOSED' and pairing_id = ?",
                        Integer.class,
                        id,
                        fx.pairingBetween("F03", "C08")))
                .as("evidence on the pairing the need was addressed to")
                .isEqualTo(1);

        assertThatThrownBy(() -> fx.run(SEC_F03, () -> projects.close(id, fx.version(id), "再次办结")))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "need.alreadyClosed");
        assertThatThrownBy(() -> fx.run(SEC_F03, () -> projects.claim(id, fx.branch("F03"), ClaimMode.JOINT, null)))
                .isInstanceOf(BusinessException.class);
        assertThat(ledger(id)).as("still once").isEqualTo(1);

        assertThatThrownBy(() -> fx.run(SEC_F03, () -> projects.rate(id, fx.version(id), NeedRating.SATISFIED, null)))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "need.notRequester");
        assertThat(fx.status(id)).isEqualTo("DONE");
        fx.run(Demo.SECRETARY_C08, () -> projects.rate(id, fx.version(id), NeedRating.SATISFIED, "及时"));
        assertThat(fx.status(id)).isEqualTo("RATED");

        ServiceRecord after =
                fx.as(Demo.ADMIN, () -> records.of(fx.branch("F03"), year)).orElseThrow();
        assertThat(after.received()).isEqualTo(before.received() + 1);
        assertThat(after.claimed()).isEqualTo(before.claimed() + 1);
        assertThat(after.closed()).isEqualTo(before.closed() + 1);
        assertThat(after.satisfied()).isEqualTo(before.satisfied() + 1);
        CoConstructionFacts.Joint factsAfter =
                fx.as(Demo.ADMIN, () -> facts.byBranch(year)).get(fx.branch("F03"));
        int closedBefore = factsBefore == null ? 0 : factsBefore.needsClosed();
        assertThat(factsAfter.needsClosed()).isEqualTo(closedBefore + 1);
    }

    @Test
    void secretaries_see_only_needs_addressed_to_them_or_open_and_leaders_only_read() {
        long id = raiseFromC08("仅限结对方可见-" + System.nanoTime());
        long open = fx.as(
                Demo.SECRETARY_C08,
                () -> needs.raise(ListsFixtures.need("公开需求-" + System.nanoTime(), fx.branch("C08"), null, today)));
        assertThat(fx.as(Demo.SECRETARY_C11, () -> needs.list(false)))
                .extracting(NeedRow::id)
                .doesNotContain(id)
                .contains(open);
        assertThatThrownBy(() -> fx.run(Demo.SECRETARY_C11, () -> needs.get(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        fx.run(Demo.SECRETARY_C11, () -> projects.claim(id, fx.branch("C11"), ClaimMode.SOLO, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.as(SEC_F03, () -> needs.list(false)))
                .extracting(NeedRow::id)
                .contains(id, open);
        NeedRow leaderView = fx.as(Demo.LEADER, () -> needs.get(id));
        assertThat(leaderView.canClaim() || leaderView.canClose() || leaderView.canWithdraw())
                .isFalse();
        // Only the requester withdraws; the partner cannot.
        assertThatThrownBy(() -> fx.run(SEC_F03, () -> needs.withdraw(id, fx.version(id))))
                .isInstanceOf(NotFoundException.class);
        fx.run(Demo.SECRETARY_C08, () -> needs.withdraw(open, fx.version(open)));
        assertThat(jdbc.queryForObject("select count(*) from pairing_need where id = ?", Integer.class, open))
                .isZero();
    }

    @Test
    void bad_input_is_refused_and_changes_nothing() {
        int before = jdbc.queryForObject("select count(*) from pairing_need", Integer.class);
        long c08 = fx.branch("C08");
        long c11Pairing = fx.pairingBetween("F02", "C01");
        assertThatThrownBy(() -> fx.run(
                        Demo.SECRETARY_C08,
                        () -> needs.raise(ListsFixtures.need("过去的日期", c08, null, today.minusDays(1)))))
                .hasFieldOrPropertyWithValue("messageKey", "need.wantedByPast");
        assertThatThrownBy(() -> fx.run(
                        Demo.SECRETARY_C08,
                        () -> needs.raise(ListsFixtures.need("发往无关联建", c08, c11Pairing, today.plusDays(3)))))
                .hasFieldOrPropertyWithValue("messageKey", "need.notAParty");
        assertThatThrownBy(() -> fx.run(
                        Demo.SECRETARY_C08,
                        () -> needs.raise(ListsFixtures.need("替别的支部提", fx.branch("C11"), null, today.plusDays(3)))))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from pairing_need", Integer.class))
                .isEqualTo(before);

        long id = raiseFromC08("自己认领-" + System.nanoTime());
        assertThatThrownBy(() -> fx.run(Demo.ADMIN, () -> projects.claim(id, c08, ClaimMode.SOLO, null)))
                .hasFieldOrPropertyWithValue("messageKey", "need.ownNeed");
        assertThatThrownBy(() ->
                        fx.run(Demo.SECRETARY_C08, () -> projects.rate(id, fx.version(id), NeedRating.SATISFIED, null)))
                .hasFieldOrPropertyWithValue("messageKey", "need.notClosed");
        assertThat(fx.status(id)).isEqualTo("WAITING");
        Map<Long, String> options = fx.as(Demo.SECRETARY_C08, () -> needs.addressOptions(c08, null));
        assertThat(options).containsKey(fx.pairingBetween("F03", "C08")).doesNotContainKey(c11Pairing);
    }
}
