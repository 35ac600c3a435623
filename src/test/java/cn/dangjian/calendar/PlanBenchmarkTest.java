package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.security.SystemAuthentication;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generating next year's plan for all 25 demo branches (one transaction per branch), then again (nothing
 * to add), and the same for 200 branches (175 more, with 26 members each as in the demo). The demo data has
 * already generated next year, so the generated events are removed first. The 200-branch test runs second
 * (method order) so the 25-branch figure is measured on the demo hospital alone.
 * Run with {@code ./mvnw -o test -Pbenchmark -Dtest=PlanBenchmarkTest}.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
@IntegrationTest
@Tag("benchmark")
class PlanBenchmarkTest {

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_next_year_for_all_25_branches() {
        int year = LocalDate.now(clock).getYear() + 1;
        measure(year, 3, "", 2000);
    }

    @Test
    void b_next_year_for_200_branches() {
        int year = LocalDate.now(clock).getYear() + 1;
        int existing = jdbc.queryForObject("select count(*) from party_branch", Integer.class);
        java.util.List<Object[]> branches = new java.util.ArrayList<>();
        for (int i = existing; i < 200; i++) {
            branches.add(new Object[] {"B" + i, "基准党支部" + i, i % 8 == 0 ? "RETIREE" : "CLINICAL"});
        }
        jdbc.batchUpdate(
                "insert into party_branch (code, name, kind, founded_on) values (?, ?, ?, '2015-07-01')", branches);
        java.util.List<Object[]> members = new java.util.ArrayList<>();
        for (Long id : jdbc.queryForList("select id from party_branch where code like 'B%'", Long.class)) {
            for (int m = 0; m < 26; m++) {
                members.add(new Object[] {"基准" + id + "-" + m, "BM" + id + "-" + m, id});
            }
        }
        jdbc.batchUpdate("""
                insert into party_member (name, staff_number, gender, branch_id, status, joined_date)
                values (?, ?, 'FEMALE', ?, 'FULL', '2010-07-01')""", members);
        assertThat(jdbc.queryForObject("select count(*) from party_branch", Integer.class))
                .isEqualTo(200);
        measure(year, 2, " 200", 10_000);
    }

    /**
     * Rounds of: remove the year's generated events, generate the year for all branches (timed, under {@code
     * targetMs}), then again (timed, must add nothing).
     */
    private void measure(int year, int rounds, String label, double targetMs) {
        SystemAuthentication.runAsSystem(() -> {
            for (int round = 0; round < rounds; round++) {
                jdbc.update("delete from cal_event where plan_period like ?", "_" + year + "%");
                long t = System.nanoTime();
                PlanResult first = plans.generate(year, null);
                double firstMs = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                PlanResult again = plans.generate(year, null);
                double againMs = (System.nanoTime() - t) / 1e6;
                int attendance = jdbc.queryForObject(
                        "select count(*) from cal_attendance a join cal_event e on e.id = a.event_id"
                                + " where e.plan_period like ?",
                        Integer.class,
                        "_" + year + "%");
                System.out.printf(
                        "PLAN BENCHMARK%s round %d: generate %d (created %d, existing %d, %d attendance rows) %.0f ms;"
                                + " again (created %d) %.0f ms%n",
                        label,
                        round,
                        year,
                        first.created(),
                        first.existing(),
                        attendance,
                        firstMs,
                        again.created(),
                        againMs);
                assertThat(again.created()).isZero();
                assertThat(firstMs).isLessThan(targetMs);
            }
        });
    }
}
