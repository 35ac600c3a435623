package cn.dangjian.points;

import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored results of ledger verifications; each statement commits on its own (the run is not one transaction). */
@Repository
class VerificationRuns {

    private static final int SUMMARY_LIMIT = 8_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    VerificationRuns(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long start(VerificationRun.Trigger trigger, String startedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement("""
                    insert into points_verification_run (triggered_by, started_by, started_at, status, version, created_by,
                      created_date) values (?, ?, ?, 'RUNNING', 0, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
                    ps.setString(1, trigger.name());
                    ps.setString(2, startedBy);
                    ps.setObject(3, now);
                    ps.setString(4, startedBy);
                    ps.setObject(5, now);
                    return ps;
                },
                key);
        return key.getKey() == null ? 0 : key.getKey().longValue();
    }

    void finish(long id, Verification v) {
        jdbc.update(
                """
                update points_verification_run set finished_at = ?, status = ?, members_checked = ?, entries_checked = ?,
                  broken_chains = ?, mismatches = ?, millis = ?, summary = ?, version = version + 1 where id = ?""",
                LocalDateTime.now(clock),
                v.intact() ? "OK" : "BROKEN",
                v.membersChecked(),
                v.entriesChecked(),
                v.brokenCount(),
                v.mismatchCount(),
                v.millis(),
                cut(v.summary()),
                id);
    }

    void fail(long id, Exception e) {
        jdbc.update("""
                update points_verification_run set finished_at = ?, status = 'ERROR', summary = ?, version = version + 1
                where id = ?""", LocalDateTime.now(clock), cut(e.getClass().getSimpleName() + ": " + e.getMessage()), id);
    }

    List<VerificationRun> recent(int limit) {
        return jdbc.query(
                """
                select id, triggered_by, started_by, started_at, finished_at, status, members_checked, entries_checked,
                  broken_chains, mismatches, millis, summary
                from points_verification_run order by started_at desc, id desc limit ?""",
                (rs, i) -> new VerificationRun(
                        rs.getLong(1),
                        VerificationRun.Trigger.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, LocalDateTime.class),
                        rs.getObject(5, LocalDateTime.class),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getLong(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getLong(11),
                        rs.getString(12)),
                limit);
    }

    private static String cut(String text) {
        return text.length() <= SUMMARY_LIMIT ? text : text.substring(0, SUMMARY_LIMIT);
    }
}
