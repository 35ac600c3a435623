package cn.dangjian.calendar;

import cn.dangjian.security.Actors;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the expected-attendance rows of many new events at once: a year's plan of 25 branches is about
 * 22,000 rows, which one-row inserts (identity keys defeat JDBC batching) take seconds to write.
 */
@Component
class ExpectedAttendanceWriter {

    private static final int CHUNK = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExpectedAttendanceWriter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs in the caller's transaction. */
    void insert(Collection<Long> eventIds, List<Long> memberIds) {
        String actor = Actors.current();
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>();
        for (Long e : eventIds) {
            for (Long m : memberIds) {
                rows.add(new Object[] {e, m});
            }
        }
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder(
                    "insert into cal_attendance (event_id, member_id, version, created_by, created_date) values ");
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "(?,?,0,?,?)" : ",(?,?,0,?,?)");
                args.add(part.get(i)[0]);
                args.add(part.get(i)[1]);
                args.add(actor);
                args.add(now);
            }
            jdbc.update(sql.toString(), args.toArray());
        }
    }
}
