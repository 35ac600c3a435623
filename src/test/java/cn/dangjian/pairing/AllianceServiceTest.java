package cn.dangjian.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.PairingDirectory;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SignedIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Alliances on the real database: parties, refusals, who reads them, the calendar's parties and the overview. */
@IntegrationTest
class AllianceServiceTest {

    @Autowired
    AllianceService alliances;

    @Autowired
    AllianceOverviewService overview;

    @Autowired
    PairingDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
    }

    private <T> T as(String user, Callable<T> work) {
        return SignedIn.as(users, user, work);
    }

    private long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    private Long newAlliance(String lead) {
        return as(
                Demo.ADMIN,
                () -> alliances.create(new AllianceInput(
                        "测试联盟-" + System.nanoTime(),
                        AllianceLevel.HOSPITAL,
                        branch(lead),
                        "测试联盟章程",
                        today.minusDays(30),
                        today.plusYears(2),
                        null)));
    }

    private PartyInput member(String code, LocalDate joined, LocalDate left) {
        return new PartyInput(branch(code), null, AllianceRole.MEMBER, joined, left, "联络员", null);
    }

    @Test
    void every_current_internal_party_is_a_party_of_its_joint_events() {
        Long id = newAlliance("F04");
        Long unit = jdbc.queryForObject("select min(id) from pairing_external_unit", Long.class);
        as(Demo.ADMIN, () -> alliances.addParty(id, member("C08", today.minusDays(10), null)));
        as(Demo.ADMIN, () -> alliances.addParty(id, member("C11", today.minusDays(10), null)));
        as(
                Demo.ADMIN,
                () -> alliances.addParty(
                        id, new PartyInput(null, unit, AllianceRole.MEMBER, today.minusDays(10), null, null, null)));
        Long gone = as(Demo.ADMIN, () -> alliances.addParty(id, member("C05", today.minusDays(20), null)));
        as(Demo.ADMIN, () -> {
            alliances.leave(gone, today.minusDays(1));
            return null;
        });
        assertThat(as(Demo.ADMIN, () -> directory.partyBranchesOf(id, branch("C08"))))
                .containsExactlyInAnyOrder(branch("F04"), branch("C08"), branch("C11"));
        assertThat(as(Demo.ADMIN, () -> directory.partyBranchesOf(id, branch("C13"))))
                .as("an organiser outside the alliance has no partners through it")
                .containsExactly(branch("C13"));
        assertThat(as(Demo.ADMIN, () -> alliances.parties(id).parties()))
                .extracting(AllianceRow.Party::current)
                .containsExactlyInAnyOrder(true, true, true, true, false);
    }

    @Test
    void overlapping_membership_and_dates_in_the_wrong_order_are_refused() {
        Long id = newAlliance("F04");
        as(Demo.ADMIN, () -> alliances.addParty(id, member("C08", today.minusDays(10), today.plusDays(100))));
        int before = jdbc.queryForObject("select count(*) from pairing_party where pairing_id = ?", Integer.class, id);
        assertThatThrownBy(() -> as(Demo.ADMIN, () -> alliances.addParty(id, member("C08", today, null))))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "alliance.party.overlap");
        assertThatThrownBy(() -> as(Demo.ADMIN, () -> alliances.addParty(id, member("C09", today, today.minusDays(1)))))
                .hasFieldOrPropertyWithValue("messageKey", "alliance.party.dateOrder");
        assertThat(jdbc.queryForObject("select count(*) from pairing_party where pairing_id = ?", Integer.class, id))
                .isEqualTo(before);
        // After leaving, the same branch may join again for a later period.
        as(Demo.ADMIN, () -> alliances.addParty(id, member("C08", today.plusDays(101), null)));
        assertThat(jdbc.queryForObject("select count(*) from pairing_party where pairing_id = ?", Integer.class, id))
                .isEqualTo(before + 1);
    }

    @Test
    void secretaries_read_only_alliances_their_branch_is_a_party_to() {
        Long id = newAlliance("F04");
        as(Demo.ADMIN, () -> alliances.addParty(id, member("C08", today.minusDays(1), null)));
        assertThat(as(Demo.SECRETARY_C08, () -> alliances.list(null)))
                .extracting(AllianceRow::id)
                .contains(id);
        assertThat(as(Demo.SECRETARY_C11, () -> alliances.list(null)))
                .extracting(AllianceRow::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> as(Demo.SECRETARY_C11, () -> alliances.parties(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(Demo.SECRETARY_C08, () -> alliances.parties(id).canManage()))
                .isFalse();
        assertThatThrownBy(() -> as(Demo.SECRETARY_C08, () -> alliances.addParty(id, member("C09", today, null))))
                .isNotInstanceOf(BusinessException.class);
        assertThat(as(Demo.LEADER, () -> alliances.list(null)))
                .extracting(AllianceRow::id)
                .contains(id);
    }

    @Test
    void the_overview_agrees_with_the_records() {
        AllianceOverview o = as(Demo.LEADER, () -> overview.overview(today.getYear()));
        String live = "p.kind = 'ALLIANCE' and p.status in ('ACTIVE', 'UNDER_REVIEW', 'RENEWED')";
        assertThat(o.levels().stream()
                        .mapToInt(AllianceOverview.Level::alliances)
                        .sum())
                .isEqualTo(jdbc.queryForObject("select count(*) from pairing p where " + live, Integer.class))
                .isPositive();
        int branches = jdbc.queryForObject(
                "select count(distinct b) from (select p.branch_id b from pairing p where " + live
                        + " union select x.branch_id from pairing_party x join pairing p on p.id = x.pairing_id where "
                        + live + " and x.branch_id is not null and (x.left_on is null or x.left_on >= ?)) t",
                Integer.class,
                today);
        int units = jdbc.queryForObject(
                "select count(distinct x.external_unit_id) from pairing_party x join pairing p on p.id = x.pairing_id"
                        + " where " + live + " and (x.left_on is null or x.left_on >= ?)",
                Integer.class,
                today);
        assertThat(o.branches()).isEqualTo(branches).isPositive();
        assertThat(o.units()).isEqualTo(units).isPositive();
        int served = jdbc.queryForObject(
                "select coalesce(sum(e.people_served), 0) from pairing_evidence e join pairing p on p.id = e.pairing_id"
                        + " where " + live + " and year(e.happened_on) = ?",
                Integer.class,
                today.getYear());
        assertThat(o.levels().stream()
                        .mapToInt(AllianceOverview.Level::peopleServed)
                        .sum())
                .isEqualTo(served);
        assertThat(o.levels())
                .allSatisfy(
                        l -> assertThat(l.alive() + l.slowing() + l.dormant()).isEqualTo(l.alliances()));
        assertThatThrownBy(() -> as(Demo.SECRETARY_C08, () -> overview.overview(today.getYear())))
                .isNotInstanceOf(BusinessException.class);
    }
}
