package cn.dangjian.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.calendar.HeldEvent;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.FollowUpFacts;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SignedIn;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Brand projects: secretaries write their own, the office approves, results count only with evidence. */
@IntegrationTest
class BrandServiceTest {

    @Autowired
    BrandService brands;

    @Autowired
    FollowUpFacts facts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    @Test
    void the_demo_gives_every_serving_branch_a_brand_on_the_wall() {
        // The demo hospital has 25 branches, 3 of them for retirees.
        List<BrandCard> wall = SignedIn.as(
                users, Demo.MEMBER_C08, () -> brands.wall(YearMonth.now(clock).getYear()));
        assertThat(wall).filteredOn(c -> c.brandId() != null).hasSizeGreaterThanOrEqualTo(22);
        assertThat(wall).anyMatch(c -> c.monthsWithResults() > 0);
    }

    @Test
    void secretary_edits_own_brand_only_and_results_count_with_evidence_once_approved() {
        int year = YearMonth.now(clock).getYear();
        long c11 = branch("C11");
        BrandPage page = SignedIn.as(
                users, Demo.SECRETARY_C11, () -> brands.brand(c11, year).orElseThrow());
        BrandInput changed = new BrandInput(page.brand().name(), "新口号", null, "S", "W", "O", "T", "一\n二\n三", 2);
        SignedIn.run(users, Demo.SECRETARY_C11, () -> brands.save(c11, year, page.version(), changed));
        SignedIn.run(
                users,
                Demo.SECRETARY_C08,
                () -> assertThatThrownBy(() -> brands.save(c11, year, page.version() + 1, changed))
                        .isInstanceOf(AccessDeniedException.class));
        SignedIn.run(
                users,
                Demo.SECRETARY_C11,
                () -> assertThatThrownBy(() -> brands.save(
                                c11,
                                year,
                                page.version() + 1,
                                new BrandInput("名", null, null, null, null, null, null, "一", 3)))
                        .isInstanceOf(BusinessException.class)
                        .hasMessageContaining("plan.brand.targetsMet"));

        YearMonth month = YearMonth.now(clock);
        List<HeldEvent> held = SignedIn.as(users, Demo.SECRETARY_C11, () -> brands.held(c11, month.minusMonths(1)));
        SignedIn.run(
                users,
                Demo.SECRETARY_C08,
                () -> assertThatThrownBy(
                                () -> brands.recordMonth(page.id(), new MonthInput(1, "x", Set.of(), List.of())))
                        .isInstanceOf(NotFoundException.class));
        SignedIn.run(users, Demo.SECRETARY_C11, () -> {
            if (month.getMonthValue() < 12) {
                assertThatThrownBy(() -> brands.recordMonth(
                                page.id(), new MonthInput(month.getMonthValue() + 1, "未来", Set.of(), List.of())))
                        .isInstanceOf(BusinessException.class)
                        .hasMessageContaining("plan.brand.month");
            }
            brands.recordMonth(
                    page.id(),
                    new MonthInput(
                            month.minusMonths(1).getMonthValue(),
                            "本月成效",
                            held.stream().map(HeldEvent::id).collect(Collectors.toSet()),
                            List.of()));
        });
        BrandPage after = SignedIn.as(users, Demo.ADMIN, () -> {
            BrandPage p = brands.brand(c11, year).orElseThrow();
            brands.review(p.id(), p.version(), true, null);
            return brands.brand(c11, year).orElseThrow();
        });
        assertThat(after.state()).isEqualTo(BrandState.APPROVED);
        assertThat(after.brand().slogan()).isEqualTo("新口号");
        long withEvidence =
                after.months().stream().filter(BrandPage.MonthRow::withEvidence).count();
        assertThat(SignedIn.as(
                        users,
                        Demo.LEADER,
                        () -> facts.brandMonthsWithResults(year).get(c11)))
                .isEqualTo((int) withEvidence);
    }
}
