package cn.dangjian.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link RawCount}'s duties: [decided, on time] of one branch in the year, from the duty rules and held events. */
final class RawDuties {

    private RawDuties() {}

    /**
     * The compliance policy (decision 0015) for one held event per period: a period's due date is its end, or the
     * end of the rule's window month; an event held inside the period satisfies it (on time up to the due date);
     * an unsatisfied period is decided (overdue) once its due date has passed; periods due before the branch's
     * founding month are not owed.
     */
    static int[] count(JdbcTemplate jdbc, long branch, boolean serving, LocalDate founded, LocalDate today) {
        int decided = 0;
        int onTime = 0;
        int year = today.getYear();
        List<LocalDate[]> periods = new ArrayList<>();
        Map<Long, List<LocalDate>> held = new HashMap<>();
        jdbc.query(
                "select event_type_id, held_date from cal_event where branch_id = ? and status = 'HELD' and held_date between ? and ?",
                rs -> {
                    held.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getDate(2).toLocalDate());
                },
                branch,
                Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)));
        for (Map<String, Object> rule :
                jdbc.queryForList("select t.id, r.recurrence, r.window_month from cal_duty_rule r"
                        + " join cal_event_type t on t.id = r.event_type_id where r.active = 1 and t.active = 1"
                        + " and t.counts_compliance = 1 and "
                        + (serving ? "r.applies_serving = 1" : "r.applies_retiree = 1"))) {
            Number window = (Number) rule.get("window_month");
            periods.clear();
            switch ((String) rule.get("recurrence")) {
                case "MONTHLY" -> {
                    for (int m = 1; m <= 12; m++) {
                        YearMonth ym = YearMonth.of(year, m);
                        periods.add(new LocalDate[] {ym.atDay(1), ym.atEndOfMonth(), ym.atEndOfMonth()});
                    }
                }
                case "QUARTERLY" -> {
                    for (int q = 0; q < 4; q++) {
                        YearMonth first = YearMonth.of(year, q * 3 + 1);
                        int offset = window == null ? 2 : Math.min(2, Math.max(0, window.intValue() - 1));
                        periods.add(new LocalDate[] {
                            first.atDay(1),
                            first.plusMonths(2).atEndOfMonth(),
                            first.plusMonths(offset).atEndOfMonth()
                        });
                    }
                }
                default ->
                    periods.add(new LocalDate[] {
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        YearMonth.of(year, window == null ? 12 : window.intValue())
                                .atEndOfMonth()
                    });
            }
            List<LocalDate> events = held.getOrDefault(((Number) rule.get("id")).longValue(), List.of());
            for (LocalDate[] p : periods) {
                if (founded.isAfter(p[2].withDayOfMonth(1))) {
                    continue;
                }
                LocalDate in = events.stream()
                        .filter(d -> !d.isBefore(p[0]) && !d.isAfter(p[1]))
                        .findFirst()
                        .orElse(null);
                if (in != null || p[2].isBefore(today)) {
                    decided++;
                }
                if (in != null && !in.isAfter(p[2])) {
                    onTime++;
                }
            }
        }
        return new int[] {decided, onTime};
    }
}
