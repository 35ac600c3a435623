package cn.dangjian.load;

import cn.dangjian.points.LedgerCheck;
import cn.dangjian.points.Verification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * After a run, through the database: the rush's attendance rows and awards exist exactly once per member, every
 * load event recorded as held awarded each present member exactly one entry, and the maintained totals and cap
 * counters still equal the ledger summed (the queries of {@code points.PointsConsistencyTest}).
 */
public final class LoadCheck {

    record Result(
            int rushExpected,
            int rushSignedIn,
            int rushEntries,
            int rushMembersAwarded,
            int rushRecordings,
            int heldLoadEvents,
            int heldEventsWithWrongAwards,
            int doubledAwards,
            int totalsDisagreeing,
            int usageDisagreeing) {

        boolean ok() {
            return rushSignedIn == rushExpected
                    && rushEntries == rushExpected
                    && rushMembersAwarded == rushExpected
                    && rushRecordings == (rushExpected == 0 ? 0 : 1)
                    && heldEventsWithWrongAwards == 0
                    && doubledAwards == 0
                    && totalsDisagreeing == 0
                    && usageDisagreeing == 0;
        }
    }

    private static final String LEDGER_TOTALS = """
            select member_id, year(entry_date) * 100 as period, sum(points) as net from points_entry group by 1, 2
            union all
            select member_id, year(entry_date) * 100 + 20 + quarter(entry_date), sum(points) from points_entry group by 1, 2
            union all
            select member_id, year(entry_date) * 100 + month(entry_date), sum(points) from points_entry group by 1, 2""";

    private static final String LEDGER_USAGE = """
            select member_id, rule_id, year(entry_date) * 10000 + month(entry_date) * 100 + dayofmonth(entry_date)
              as period, sum(points) as points from points_entry group by 1, 2, 3
            union all
            select member_id, rule_id, year(entry_date) * 10000 + month(entry_date) * 100, sum(points)
            from points_entry group by 1, 2, 3
            union all
            select member_id, rule_id, year(entry_date) * 10000, sum(points) from points_entry group by 1, 2, 3""";

    private LoadCheck() {}

    static Result run(Connection db, LoadFixture.Rush rush) throws SQLException {
        long event = rush.eventId();
        return new Result(
                rush.usernames().size(),
                count(db, "select count(*) from cal_attendance where event_id = ? and signed_in_at is not null", event),
                count(db, "select count(*) from points_entry where source_type = 'EVENT' and source_id = ?", event),
                count(
                        db,
                        "select count(distinct member_id) from points_entry where source_type = 'EVENT' and source_id = ?",
                        event),
                // Only the administrator's recording after the rush: a recording during it turns later scans into
                // correction requests, and two recordings of one event are two people at one form.
                count(
                        db,
                        "select count(*) from audit_log where entity_type = 'CalendarEvent' and entity_id = ?"
                                + " and action in ('HELD', 'ATTENDANCE')",
                        event),
                count(db, "select count(*) from cal_event where created_by = 'load-test' and status = 'HELD'"),
                count(db, """
                        select count(*) from cal_event e where e.created_by = 'load-test' and e.status = 'HELD'
                          and (select count(*) from cal_attendance a where a.event_id = e.id and a.status = 'PRESENT')
                           <> (select count(*) from points_entry p where p.source_type = 'EVENT' and p.source_id = e.id)"""),
                count(db, """
                        select count(*) from (select p.source_id, p.member_id from points_entry p
                          join cal_event e on e.id = p.source_id and e.created_by = 'load-test'
                          where p.source_type = 'EVENT' group by 1, 2 having count(*) > 1) d"""),
                count(db, "select count(*) from (" + LEDGER_TOTALS + """
                        ) l left join points_total t on t.member_id = l.member_id and t.period = l.period
                        where t.net is null or t.net <> l.net"""),
                count(db, "select count(*) from (" + LEDGER_USAGE + """
                        ) l left join points_usage u on u.member_id = l.member_id and u.rule_id = l.rule_id
                          and u.period = l.period where u.points is null or u.points <> l.points"""));
    }

    /**
     * The fault tests' check after each fault ({@code ops/cluster-test.sh}): the counts above without a rush, and the
     * console's ledger verification with the keys the console runs with. Exits 1 when anything is lost, doubled or
     * broken. Properties: load.jdbcUrl, load.jdbcUser, load.jdbcPassword, load.chainKeys, load.chainKeyId.
     */
    public static void main(String[] args) throws SQLException {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        Result counts;
        try (Connection db = ConsoleSimulation.connect(settings)) {
            counts = run(db, new LoadFixture.Rush(-1, "", List.of()));
        }
        DriverManagerDataSource source =
                new DriverManagerDataSource(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
        Verification ledger = LedgerCheck.verify(
                source, System.getProperty("load.chainKeys", ""), System.getProperty("load.chainKeyId", ""));
        System.out.println("LOAD CHECK " + counts);
        System.out.printf(
                "LEDGER CHECK %d members, %d entries, %d broken chains, %d mismatched numbers%n",
                ledger.membersChecked(), ledger.entriesChecked(), ledger.brokenCount(), ledger.mismatchCount());
        if (!counts.ok() || !ledger.intact()) {
            System.exit(1);
        }
    }

    private static int count(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
