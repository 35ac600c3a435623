package cn.dangjian.points;

import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import cn.dangjian.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Province-scale points: a generator writing into a separate database on the embedded server
 * (LOAD DATA LOCAL INFILE of CSV built by {@link BulkLedger}) and a harness timing the project's own
 * services against it. Not part of the normal run:
 * {@code ./mvnw -o test -Pbenchmark -Dtest=PointsBenchmark -Dbench.members=120000 -Dbench.perYear=139}.
 * In the benchmark database a "hospital" is a branch row (200 of 600 members each), so the
 * within-a-hospital board is the service's branch-scope board.
 */
@IntegrationTest
@Tag("benchmark")
class PointsBenchmark {

    static final String DB = "points_bench";
    static final int HOSPITALS = Integer.getInteger("bench.hospitals", 200);
    static final int MEMBERS = Integer.getInteger("bench.members", 120_000);
    static final int PER_YEAR = Integer.getInteger("bench.perYear", 139);
    static final int YEARS = 3;
    static final int SAMPLES = Integer.getInteger("bench.samples", 2_000);

    @Autowired
    DataSource mainDataSource;
    @Autowired
    PointsRulesService rulesService;
    @Autowired
    PointsRuleRepository ruleRepository;
    @Autowired
    PointsSubmissionRepository submissions;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;

    final StringBuilder report = new StringBuilder();

    @Test
    void generate_and_measure() throws Exception {
        JdbcTemplate main = new JdbcTemplate(mainDataSource);
        String url = ((HikariDataSource) mainDataSource).getJdbcUrl();
        String base = url.substring(0, url.indexOf('/', "jdbc:mariadb://".length()) + 1);
        main.execute("drop database if exists " + DB);
        main.execute("create database " + DB + " character set utf8mb4 collate utf8mb4_unicode_ci");
        for (String table : List.of("party_branch", "party_member", "points_rule", "points_settings", "points_entry",
                "points_chain_head", "points_total", "points_histogram", "points_study", "points_event_lock",
                "points_event_member")) {
            main.execute("create table " + DB + "." + table + " like " + table);
        }
        main.execute("insert into " + DB + ".points_rule select * from points_rule");
        main.execute("insert into " + DB + ".points_settings select * from points_settings");
        HikariDataSource bench = new HikariDataSource();
        bench.setJdbcUrl(base + DB + "?useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true"
                + "&allowLocalInfile=true");
        bench.setUsername("root");
        bench.setPassword("");
        bench.setMaximumPoolSize(4);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(bench);
            int year = LocalDate.now(clock).getYear();
            long entries = generate(jdbc, year);
            measure(jdbc, bench, year, entries);
        } finally {
            bench.close();
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

    /** Branch rows ("hospitals"), members, then each member's 3 years of entries through BulkLedger into CSV. */
    private long generate(JdbcTemplate jdbc, int year) throws IOException {
        long start = System.nanoTime();
        Path dir = Files.createTempDirectory("points-bench");
        Path branches = dir.resolve("branches.csv");
        try (BufferedWriter w = Files.newBufferedWriter(branches)) {
            for (int h = 1; h <= HOSPITALS; h++) {
                w.write(h + "\tH" + h + "\t医院" + h + "党委\tCLINICAL\n");
            }
        }
        jdbc.execute("load data local infile '" + branches + "' into table party_branch (id, code, name, kind)");
        Path members = dir.resolve("members.csv");
        try (BufferedWriter w = Files.newBufferedWriter(members)) {
            for (int m = 1; m <= MEMBERS; m++) {
                w.write(m + "\t党员" + m + "\tS" + m + "\tMALE\t" + hospitalOf(m) + "\t"
                        + (m % 25 == 0 ? "PROBATIONARY" : "FULL") + "\t2010-01-01\n");
            }
        }
        jdbc.execute("load data local infile '" + members
                + "' into table party_member (id, name, staff_number, gender, branch_id, status, joined_date)");
        Map<Long, BulkLedger.RuleCaps> caps = new HashMap<>();
        List<long[]> rules = new ArrayList<>();
        jdbc.query("select id, points, cap_day, cap_month, cap_year from points_rule where active = 1", rs -> {
            caps.put(rs.getLong(1), new BulkLedger.RuleCaps(rs.getObject(3, Integer.class), rs.getObject(4, Integer.class),
                    rs.getObject(5, Integer.class)));
            rules.add(new long[] {rs.getLong(1), rs.getInt(2), rs.getObject(5) == null ? 0 : 1});
        });
        long[] uncapped = rules.stream().filter(r -> r[2] == 0 && r[1] > 0).mapToLong(r -> r[0]).toArray();
        long[] capped = rules.stream().filter(r -> r[2] == 1).mapToLong(r -> r[0]).toArray();
        Map<Long, Integer> pointsOf = new HashMap<>();
        rules.forEach(r -> pointsOf.put(r[0], (int) r[1]));
        Random random = new Random(42);
        // Secondary indexes are built once after the load: far cheaper than maintaining them row by row.
        jdbc.execute("alter table points_total drop index ix_points_total_rank, drop index ix_points_total_branch");
        jdbc.execute("alter table points_entry drop index ix_points_entry_rule, drop index ix_points_entry_date,"
                + " drop index ix_points_entry_source");
        CsvSink sink = new CsvSink(dir);
        BulkLedger bulk = new BulkLedger(caps, sink);
        long entries = 0;
        long lastLoad = 0;
        for (int m = 1; m <= MEMBERS; m++) {
            List<BulkLedger.Planned> planned = new ArrayList<>(PER_YEAR * YEARS);
            for (int y = year - YEARS + 1; y <= year; y++) {
                for (int k = 0; k < PER_YEAR; k++) {
                    LocalDate d = LocalDate.of(y, 1, 1).plusDays(random.nextInt(365));
                    boolean cap = random.nextInt(4) == 0;
                    long rule = cap ? capped[random.nextInt(capped.length)] : uncapped[random.nextInt(uncapped.length)];
                    int pts = cap ? pointsOf.get(rule) : 1 + random.nextInt(2);
                    planned.add(new BulkLedger.Planned(rule, pts, d, SourceType.IMPORT, null, null, "bench", "bench"));
                }
            }
            entries += bulk.member(m, hospitalOf(m), planned);
            if (entries - lastLoad >= 2_000_000) {
                sink.load(jdbc);
                lastLoad = entries;
            }
        }
        bulk.finish();
        sink.load(jdbc);
        jdbc.execute("alter table points_total add index ix_points_total_rank (period, net, member_id),"
                + " add index ix_points_total_branch (period, branch_id, net, member_id)");
        jdbc.execute("alter table points_entry add index ix_points_entry_rule (member_id, rule_id, entry_date),"
                + " add index ix_points_entry_date (member_id, entry_date),"
                + " add index ix_points_entry_source (source_type, source_id, member_id)");
        jdbc.execute("analyze table party_branch, party_member, points_entry, points_total, points_histogram,"
                + " points_chain_head");
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> size = jdbc.queryForMap("""
                select sum(data_length + index_length) / 1024 / 1024 as mb from information_schema.tables
                where table_schema = ?""", DB);
        line("generated: %d hospitals, %d members, %d ledger entries over %d years (%d planned per member-year),"
                + " %d totals, %d histogram rows, %.0f MiB on disk (data + indexes)", HOSPITALS, MEMBERS, entries, YEARS,
                PER_YEAR, jdbc.queryForObject("select count(*) from points_total", Long.class),
                jdbc.queryForObject("select count(*) from points_histogram", Long.class),
                ((Number) size.get("mb")).doubleValue());
        line("generation: %.1f s, %.0f ledger entries/s (hash chains, caps, totals, histograms, LOAD DATA)", seconds,
                entries / seconds);
        return entries;
    }

    static long hospitalOf(int member) {
        return (member - 1) / (MEMBERS / HOSPITALS) % HOSPITALS + 1;
    }

    /** Times the services against the benchmark database: p50/p95 in ms over random viewers. */
    private void measure(JdbcTemplate jdbc, DataSource bench, int year, long entries) {
        LeaderboardService boards = new LeaderboardService(jdbc, rulesService, currentUser);
        int period = Periods.year(year);
        Random random = new Random(7);
        jdbc.queryForList("select count(*) from points_entry"); // warm the buffer pool a little
        jdbc.queryForList("select count(*) from points_total");
        long lowest = jdbc.queryForObject("select member_id from points_total where period = ? order by net, member_id limit 1",
                Long.class, period);
        explain(jdbc, "select member_id, net from points_total force index (ix_points_total_rank) where period = "
                + period + " order by net desc, member_id desc limit 50");
        explain(jdbc, "select coalesce(sum(members), 0) from points_histogram where scope_id = 0 and period = " + period
                + " and net > 5");
        line("histogram rows for the hospital-wide year board: %d", jdbc.queryForObject(
                "select count(*) from points_histogram where scope_id = 0 and period = ?", Integer.class, period));
        PointsSettings settings = asViewer(1, rulesService::settings);
        time("raw: top 50 across all (index range scan)", () -> jdbc.queryForList(
                "select member_id, net from points_total force index (ix_points_total_rank) where period = ?"
                        + " order by net desc, member_id desc limit 50", period).size());
        time("raw: rank from the histogram, lowest member", () -> boards.rankOf(Ledger.ALL, period, 0, settings));
        time("settings read (JPA, main database)", () -> asViewer(1, () -> rulesService.settings().getBasePoints()));
        time("names of the top 50 (two primary-key lookups)", () -> boards.names(jdbc.queryForList(
                "select member_id from points_total force index (ix_points_total_rank) where period = ?"
                        + " order by net desc, member_id desc limit 50", Long.class, period)).size());
        time("leaderboard across all 120k: top 50 + own rank", () -> {
            long member = random.nextInt(10) == 0 ? lowest : 1 + random.nextInt(MEMBERS);
            return asViewer(member, () -> boards.board(BoardScope.HOSPITAL, null, period, 0, 50).size()
                    + boards.ownRank(BoardScope.HOSPITAL, period).orElseThrow().rank());
        });
        time("leaderboard within a hospital (600 members): top 50 + own rank", () -> {
            long member = 1 + random.nextInt(MEMBERS);
            return asViewer(member, () -> boards.board(BoardScope.BRANCH, hospitalOf((int) member), period, 0, 50).size()
                    + boards.ownRank(BoardScope.BRANCH, period).orElseThrow().rank());
        });
        time("own rank only, lowest-ranked member, across all", () -> asViewer(lowest,
                () -> boards.ownRank(BoardScope.HOSPITAL, period).orElseThrow().rank()));
        time("member history page: 50 newest entries of the year", () -> {
            long member = 1 + random.nextInt(MEMBERS);
            return asViewer(member, () -> boards.history(member, year, 0, 50).size());
        });
        time("member history page: 50 newest + count", () -> {
            long member = 1 + random.nextInt(MEMBERS);
            return asViewer(member, () -> boards.history(member, year, 0, 50).size() + boards.historyCount(member, year));
        });
        awards(jdbc, bench, year);
    }

    private void awards(JdbcTemplate jdbc, DataSource bench, int year) {
        Ledger ledger = new Ledger(jdbc);
        MemberDirectory directory = new MemberDirectory(jdbc);
        PointsLedgerService service = new PointsLedgerService(ledger, submissions, ruleRepository, rulesService,
                directory, currentUser, null, jdbc, clock);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(bench));
        long honour = jdbc.queryForObject("select id from points_rule where code = 'HONOUR'", Long.class);
        long capped = jdbc.queryForObject("select id from points_rule where code = 'VOLUNTEER'", Long.class);
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(11);
        int n = Integer.getInteger("bench.awards", 3_000);
        Map<Long, PointsRule> ruleById = new HashMap<>();
        ruleRepository.findAll().forEach(r -> ruleById.put(r.getId(), r));
        // Awards to the members of one hospital: the pages they touch stay in the buffer pool.
        PointsRule honourRule = ruleById.get(honour);
        int size = MEMBERS / HOSPITALS;
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long member = 1 + random.nextInt(size);
                tx.executeWithoutResult(s -> ledger.append(Award.of(honourRule, member, hospitalOf((int) member), 5,
                        today, SourceType.IMPORT, null, null, "bench", "bench")));
            }
            if (round == 1) {
                line("Ledger.append on one connection, members of one hospital (warm pages, uncapped rule): %.0f/s",
                        n / ((System.nanoTime() - t0) / 1e9));
            }
        }
        PointsRule cappedRule = ruleById.get(capped);
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long member = 1 + random.nextInt(size);
            tx.executeWithoutResult(s -> ledger.append(Award.of(cappedRule, member, hospitalOf((int) member), 3,
                    today, SourceType.IMPORT, null, null, "bench", "bench")));
        }
        line("Ledger.append on one connection, members of one hospital (warm pages, capped rule): %.0f/s",
                n / ((System.nanoTime() - t1) / 1e9));
        asViewer(1, () -> {
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long member = 1 + random.nextInt(size);
                tx.executeWithoutResult(s -> service.award(member, honour, 5, today, null));
            }
            line("PointsLedgerService.award on one connection, members of one hospital (warm): %.0f/s",
                    n / ((System.nanoTime() - t2) / 1e9));
            return 0;
        });
        for (long rule : new long[] {capped, honour}) {
            PointsRule r = ruleById.get(rule);
            for (int i = 0; i < 200; i++) {
                long member = 1 + random.nextInt(MEMBERS);
                tx.executeWithoutResult(s -> ledger.append(Award.of(r, member, hospitalOf((int) member), r.getPoints(),
                        today, SourceType.IMPORT, null, null, "bench", "bench")));
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long member = 1 + random.nextInt(MEMBERS);
                tx.executeWithoutResult(s -> ledger.append(Award.of(r, member, hospitalOf((int) member), r.getPoints(),
                        today, SourceType.IMPORT, null, null, "bench", "bench")));
            }
            line("Ledger.append on one connection, random members of all 120k (%s rule, one transaction each): %.0f/s",
                    rule == capped ? "capped" : "uncapped", n / ((System.nanoTime() - t0) / 1e9));
        }
        for (long rule : new long[] {capped, honour}) {
            asViewer(1, () -> {
                for (int i = 0; i < 200; i++) { // warm-up
                    long member = 1 + random.nextInt(MEMBERS);
                    tx.executeWithoutResult(s -> service.award(member, rule, rule == capped ? 3 : 5, today, null));
                }
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    long member = 1 + random.nextInt(MEMBERS);
                    tx.executeWithoutResult(s -> service.award(member, rule, rule == capped ? 3 : 5, today, null));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                line("PointsLedgerService.award, random members of all 120k (%s rule, one transaction each): %.0f/s",
                        rule == capped ? "capped" : "uncapped", n / seconds);
                return 0;
            });
        }
    }

    private void explain(JdbcTemplate jdbc, String sql) {
        for (Map<String, Object> row : jdbc.queryForList("explain " + sql)) {
            line("explain %s -> key=%s rows=%s extra=%s", sql.substring(0, Math.min(60, sql.length())), row.get("key"),
                    row.get("rows"), row.get("Extra"));
        }
    }

    private <T> T asViewer(long memberId, Supplier<T> work) {
        AppUser viewer = new AppUser(0, "bench", "", Roles.ADMIN, "bench", memberId, hospitalOf((int) memberId), true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(viewer, null, viewer.getAuthorities()));
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
        long[] ns = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            op.get();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        line("%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms (n=%d)", label, ns[SAMPLES / 2] / 1e6,
                ns[(int) (SAMPLES * 0.95)] / 1e6, ns[SAMPLES - 1] / 1e6, SAMPLES);
    }

    /** CSV files loaded in chunks: the ledger in member order, so every index on it is appended to. */
    private static final class CsvSink implements BulkLedger.Sink {
        private final Path dir;
        private final Map<String, BufferedWriter> writers = new HashMap<>();
        private int chunk;

        CsvSink(Path dir) {
            this.dir = dir;
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
        public void entry(long memberId, long branchId, long ruleId, int points, LocalDate date, String sourceType,
                @Nullable Long sourceId, @Nullable String reason, String recordedBy, @Nullable String approvedBy,
                int seq, String prevHash, String hash) {
            write("entry", memberId + "\t" + branchId + "\t" + ruleId + "\t" + points + "\t" + date + "\t" + sourceType
                    + "\t" + recordedBy + "\t" + approvedBy + "\t" + seq + "\t" + prevHash + "\t" + hash + "\n");
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

        void load(JdbcTemplate jdbc) throws IOException {
            Map<String, String> columns = Map.of(
                    "entry", "points_entry (member_id, branch_id, rule_id, points, entry_date, source_type, recorded_by,"
                            + " approved_by, seq, prev_hash, hash)",
                    "total", "points_total (member_id, period, branch_id, net)",
                    "head", "points_chain_head (member_id, seq, last_hash)",
                    "hist", "points_histogram (scope_id, period, net, members)");
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
