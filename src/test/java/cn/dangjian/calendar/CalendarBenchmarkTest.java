package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.security.SystemAuthentication;
import cn.dangjian.support.IntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server time for the calendar's two heavy reads over the demo hospital's three years of events:
 * one month view of all 25 branches (the six-week range FullCalendar asks for) and the compliance
 * heatmap of all branches for a year. Run with {@code ./mvnw -o test -Pbenchmark -Dtest=CalendarBenchmarkTest}.
 */
@IntegrationTest
@Tag("benchmark")
class CalendarBenchmarkTest {

    @Autowired
    CalendarService calendar;

    @Autowired
    ComplianceService compliance;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void month_view_and_yearly_compliance() {
        int events = jdbc.queryForObject("select count(*) from cal_event", Integer.class);
        int attendance = jdbc.queryForObject("select count(*) from cal_attendance", Integer.class);
        SystemAuthentication.runAsSystem(() -> {
            int thisYear = LocalDate.now().getYear();
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = YearMonth.of(thisYear - 2, 1);
                    !m.isAfter(YearMonth.of(thisYear, 12));
                    m = m.plusMonths(1)) {
                months.add(m);
            }
            int[] sizes = new int[1];
            Runnable monthRound = () -> {
                for (YearMonth m : months) {
                    LocalDate from = m.atDay(1).with(DayOfWeek.MONDAY);
                    sizes[0] = Math.max(
                            sizes[0],
                            calendar.entries(from, from.plusDays(42), CalendarFilter.none())
                                    .size());
                }
            };
            for (int i = 0; i < 3; i++) {
                monthRound.run();
            }
            List<Double> monthMs = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (YearMonth m : months) {
                    LocalDate from = m.atDay(1).with(DayOfWeek.MONDAY);
                    long t = System.nanoTime();
                    calendar.entries(from, from.plusDays(42), CalendarFilter.none());
                    monthMs.add((System.nanoTime() - t) / 1e6);
                }
            }
            for (int i = 0; i < 3; i++) {
                compliance.heatmap(thisYear);
            }
            List<Double> yearMs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                List<BranchCompliance> rows = compliance.heatmap(thisYear - 1);
                yearMs.add((System.nanoTime() - t) / 1e6);
                assertThat(rows).hasSize(25);
            }
            System.out.printf(
                    "BENCHMARK events=%d attendance=%d months=%d maxEventsPerMonthView=%d%n",
                    events, attendance, months.size(), sizes[0]);
            System.out.printf(
                    "BENCHMARK monthView median=%.2f ms p95=%.2f ms max=%.2f ms (n=%d)%n",
                    pct(monthMs, 50), pct(monthMs, 95), pct(monthMs, 100), monthMs.size());
            System.out.printf(
                    "BENCHMARK complianceYear median=%.2f ms p95=%.2f ms max=%.2f ms (n=%d)%n",
                    pct(yearMs, 50), pct(yearMs, 95), pct(yearMs, 100), yearMs.size());
            assertThat(pct(monthMs, 50)).isLessThan(50);
        });
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i));
    }
}
