package cn.dangjian.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.ClosedNeeds.ClosedNeed;
import cn.dangjian.pairing.lists.ClaimMode;
import cn.dangjian.pairing.lists.NeedInput;
import cn.dangjian.pairing.lists.NeedKind;
import cn.dangjian.pairing.lists.NeedProjectService;
import cn.dangjian.pairing.lists.NeedService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SignedIn;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A brand's monthly result points to a closed need of its branch as evidence; other branches' needs are refused. */
@IntegrationTest
class BrandNeedEvidenceTest {

    @Autowired
    BrandService brands;

    @Autowired
    NeedService needs;

    @Autowired
    NeedProjectService projects;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_closed_need_the_branch_claimed_is_evidence_of_its_month_and_shown_with_its_pairing() {
        YearMonth month = YearMonth.now(clock);
        long nursing = branch("F03");
        long obstetrics = branch("C08");
        Long pairing = jdbc.queryForObject(
                "select min(id) from pairing where branch_id = ? and partner_branch_id = ? and status = 'ACTIVE'",
                Long.class,
                nursing,
                obstetrics);
        String title = "品牌佐证需求" + System.nanoTime() % 100000;
        Long need = SignedIn.as(
                users,
                Demo.SECRETARY_C08,
                () -> needs.raise(new NeedInput(
                        title,
                        NeedKind.BUSINESS_LINKAGE,
                        null,
                        month.atEndOfMonth().plusDays(10),
                        obstetrics,
                        null,
                        pairing)));
        assertThat(SignedIn.as(users, "sec-f03", () -> brands.closedNeeds(nursing, month)))
                .as("not closed yet")
                .extracting(ClosedNeed::id)
                .doesNotContain(need);
        SignedIn.run(users, "sec-f03", () -> {
            projects.claim(need, nursing, ClaimMode.SOLO, null);
            projects.close(need, version(need), "已派专科护士指导");
        });

        BrandPage page = SignedIn.as(
                users, "sec-f03", () -> brands.brand(nursing, month.getYear()).orElseThrow());
        assertThat(SignedIn.as(users, "sec-f03", () -> brands.closedNeeds(nursing, month)))
                .extracting(ClosedNeed::id)
                .contains(need);
        SignedIn.run(
                users,
                "sec-f03",
                () -> brands.recordMonth(
                        page.id(),
                        new MonthInput(month.getMonthValue(), "专科护士下沉指导", Set.of(), Set.of(need), List.of())));
        BrandPage.MonthRow row =
                SignedIn.as(
                                users,
                                Demo.LEADER,
                                () -> brands.brand(nursing, month.getYear()).orElseThrow())
                        .months()
                        .stream()
                        .filter(m -> m.month() == month.getMonthValue())
                        .findFirst()
                        .orElseThrow();
        assertThat(row.withEvidence()).isTrue();
        assertThat(row.needs()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(need);
            assertThat(n.title()).isEqualTo(title);
            assertThat(n.pairingId()).isEqualTo(pairing);
            assertThat(n.rated()).isFalse();
        });

        // 康复中医 neither raised nor claimed it: its brand cannot point to it.
        long rehab = branch("C11");
        BrandPage other = SignedIn.as(
                users,
                Demo.SECRETARY_C11,
                () -> brands.brand(rehab, month.getYear()).orElseThrow());
        assertThatThrownBy(() -> SignedIn.run(
                        users,
                        Demo.SECRETARY_C11,
                        () -> brands.recordMonth(
                                other.id(),
                                new MonthInput(month.getMonthValue(), "借用", Set.of(), Set.of(need), List.of()))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("plan.brand.needs.invalid");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan_brand_month_need where need_id = ?", Integer.class, need))
                .isEqualTo(1);
    }

    private long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    private long version(long need) {
        return jdbc.queryForObject("select version from pairing_need where id = ?", Long.class, need);
    }
}
