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
 * to add). The demo data has already generated next year, so the generated events are removed first.
 * Run with {@code ./mvnw -o test -Pbenchmark -Dtest=PlanBenchmarkTest}.
 */
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
    void next_year_for_all_branches() {
        int year = LocalDate.now(clock).getYear() + 1;
        SystemAuthentication.runAsSystem(() -> {
            for (int round = 0; round < 3; round++) {
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
                        "PLAN BENCHMARK round %d: generate %d (created %d, existing %d, %d attendance rows) %.0f ms;"
                                + " again (created %d) %.0f ms%n",
                        round, year, first.created(), first.existing(), attendance, firstMs, again.created(), againMs);
                assertThat(again.created()).isZero();
                assertThat(firstMs).isLessThan(2000);
            }
        });
    }
}
