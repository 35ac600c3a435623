package cn.dangjian.points;

import cn.dangjian.demo.DemoDataContributor;
import cn.dangjian.organization.BranchKind;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.OrganizationDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two years of points for the demo hospital: attendance at 三会一课 and themed days, study sessions
 * (with study hours), volunteer service, vanguard posts, honours, a few deductions, and some
 * submissions still waiting for approval. Built with {@link BulkLedger}, so the chains, totals and
 * histograms are exactly what {@link Ledger} would have produced entry by entry.
 */
@Component
@Profile("demo")
class PointsDemoData implements DemoDataContributor {

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final ChainKeys keys;

    PointsDemoData(JdbcTemplate jdbc, OrganizationDirectory organization, Clock clock, ChainKeys keys) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
        this.keys = keys;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public boolean alreadyLoaded() {
        Integer n = jdbc.queryForObject("select count(*) from points_chain_head", Integer.class);
        return n != null && n > 0;
    }

    private record MemberRow(long id, long branchId, String branchCode, boolean retiree) {}

    /** A member's study hours are summed per year. */
    private record StudyYear(long memberId, int year) {}

    @Override
    @Transactional
    public void load() {
        Map<String, Long> rule = new HashMap<>();
        Map<Long, BulkLedger.RuleCaps> caps = new HashMap<>();
        jdbc.query("select id, code, cap_day, cap_month, cap_year from points_rule", rs -> {
            rule.put(rs.getString(2), rs.getLong(1));
            caps.put(
                    rs.getLong(1),
                    new BulkLedger.RuleCaps(
                            rs.getObject(3, Integer.class),
                            rs.getObject(4, Integer.class),
                            rs.getObject(5, Integer.class)));
        });
        Map<Long, BranchRef> branches =
                organization.branches().stream().collect(Collectors.toMap(BranchRef::id, b -> b));
        List<MemberRow> members = organization.members().stream()
                .sorted(Comparator.comparing(MemberRef::id))
                .map(m -> new MemberRow(
                        m.id(),
                        m.branchId(),
                        branches.get(m.branchId()).code(),
                        branches.get(m.branchId()).kind() == BranchKind.RETIREE))
                .toList();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(20261123L);
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> totals = new ArrayList<>();
        List<Object[]> heads = new ArrayList<>();
        List<Object[]> buckets = new ArrayList<>();
        List<Object[]> usage = new ArrayList<>();
        ChainKey key = keys.current();
        BulkLedger bulk = new BulkLedger(caps, key, new BulkLedger.Sink() {
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
                entries.add(new Object[] {
                    memberId,
                    branchId,
                    ruleId,
                    points,
                    date,
                    sourceType,
                    sourceId,
                    reason,
                    recordedBy,
                    approvedBy,
                    seq,
                    prevHash,
                    hash,
                    key.id(),
                    recordedBy
                });
            }

            @Override
            public void total(long memberId, int period, long branchId, int net) {
                totals.add(new Object[] {memberId, period, branchId, net});
            }

            @Override
            public void chainHead(long memberId, int seq, String lastHash) {
                heads.add(new Object[] {memberId, seq, lastHash});
            }

            @Override
            public void histogram(long scopeId, int period, int net, int n) {
                buckets.add(new Object[] {scopeId, period, net, n});
            }

            @Override
            public void usage(long memberId, long ruleId, int period, int points) {
                usage.add(new Object[] {memberId, ruleId, period, points});
            }
        });
        Map<StudyYear, Double> study = new HashMap<>();
        for (MemberRow m : members) {
            List<BulkLedger.Planned> planned = new ArrayList<>();
            // Engagement spreads the members over the bands: attendance saturates the caps quickly, so
            // absences without leave and missing extras are what separate them.
            double engagement = m.retiree() ? 0.2 + random.nextDouble() * 0.6 : 0.25 + random.nextDouble() * 0.75;
            String secretary = "sec-" + m.branchCode().toLowerCase();
            for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                for (int month = 1; month <= 12; month++) {
                    LocalDate themed = LocalDate.of(year, month, 10 + random.nextInt(5));
                    LocalDate group = LocalDate.of(year, month, 18 + random.nextInt(5));
                    attend(planned, random, engagement, rule, "THEMED_DAY_ATTEND", themed, today, "主题党日");
                    attend(planned, random, engagement, rule, "MEETING_ATTEND", group, today, "党小组会");
                    if (month % 3 == 0) {
                        LocalDate general = LocalDate.of(year, month, 25);
                        attend(planned, random, engagement, rule, "MEETING_ATTEND", general, today, "支部党员大会");
                        LocalDate lecture = LocalDate.of(year, month, 5);
                        if (!lecture.isAfter(today) && random.nextDouble() < engagement) {
                            planned.add(event(rule.get("MEETING_ATTEND"), 3, lecture, "党课"));
                            study.merge(new StudyYear(m.id(), year), 2.0, Double::sum);
                        }
                    }
                    if (month % 2 == 0) {
                        LocalDate session = LocalDate.of(year, month, 3);
                        if (!session.isAfter(today) && random.nextDouble() < engagement) {
                            planned.add(event(rule.get("GROUP_STUDY"), 2, session, "集中学习"));
                            study.merge(new StudyYear(m.id(), year), 3.0, Double::sum);
                        }
                    }
                }
                int volunteering = (int) (random.nextInt(m.retiree() ? 2 : 5) * engagement);
                manual(planned, random, today, year, rule.get("VOLUNTEER"), 3, volunteering, "义诊志愿服务", secretary);
                int notes = (int) (random.nextInt(5) * engagement);
                manual(planned, random, today, year, rule.get("STUDY_NOTES"), 1, notes, "学习笔记", secretary);
                if (random.nextDouble() < 0.10) {
                    manual(planned, random, today, year, rule.get("VANGUARD"), 5, 1, "党员先锋岗", secretary);
                }
                if (random.nextDouble() < 0.07) {
                    manual(
                            planned,
                            random,
                            today,
                            year,
                            rule.get("HONOUR"),
                            5 + random.nextInt(6),
                            1,
                            "院级表彰",
                            secretary);
                }
                if (random.nextDouble() < 0.05) {
                    manual(planned, random, today, year, rule.get("ARTICLE"), 3, 1, "发表党建文章", secretary);
                }
                if (random.nextDouble() < 0.02) {
                    manual(planned, random, today, year, rule.get("UNPAID_DUES"), -2, 1, "欠缴党费", secretary);
                }
                if (random.nextDouble() < 0.01) {
                    manual(planned, random, today, year, rule.get("DISCIPLINE"), -10, 1, "违反工作纪律", secretary);
                }
            }
            bulk.member(m.id(), m.branchId(), planned);
        }
        bulk.finish();
        jdbc.batchUpdate("""
                insert into points_entry (member_id, branch_id, rule_id, points, entry_date, source_type, source_id, reason,
                  recorded_by, approved_by, seq, prev_hash, hash, key_id, created_by, created_date, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(6), 0)""", entries);
        jdbc.batchUpdate("insert into points_total (member_id, period, branch_id, net) values (?, ?, ?, ?)", totals);
        jdbc.batchUpdate("insert into points_chain_head (member_id, seq, last_hash) values (?, ?, ?)", heads);
        jdbc.batchUpdate("insert into points_histogram (scope_id, period, net, members) values (?, ?, ?, ?)", buckets);
        jdbc.batchUpdate("insert into points_usage (member_id, rule_id, period, points) values (?, ?, ?, ?)", usage);
        List<Object[]> studyRows = new ArrayList<>();
        study.forEach((k, h) -> studyRows.add(new Object[] {k.memberId(), k.year(), h}));
        jdbc.batchUpdate("insert into points_study (member_id, study_year, hours) values (?, ?, ?)", studyRows);
        pendingSubmissions(members, rule, today, random);
    }

    private static void attend(
            List<BulkLedger.Planned> planned,
            Random random,
            double engagement,
            Map<String, Long> rule,
            String code,
            LocalDate date,
            LocalDate today,
            String title) {
        if (date.isAfter(today)) {
            return;
        }
        double r = random.nextDouble();
        if (r < engagement) {
            planned.add(event(rule.get(code), code.equals("MEETING_ATTEND") ? 3 : 2, date, title));
        } else if (r > 1 - (1 - engagement) * 0.35) {
            planned.add(event(rule.get("MISSED_MEETING"), -2, date, title));
        }
    }

    private static BulkLedger.Planned event(long ruleId, int points, LocalDate date, String title) {
        return new BulkLedger.Planned(ruleId, points, date, SourceType.EVENT, null, title, "calendar", "calendar");
    }

    private static void manual(
            List<BulkLedger.Planned> planned,
            Random random,
            LocalDate today,
            int year,
            long ruleId,
            int points,
            int times,
            String reason,
            String secretary) {
        for (int i = 0; i < times; i++) {
            LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            if (!date.isAfter(today)) {
                planned.add(new BulkLedger.Planned(
                        ruleId, points, date, SourceType.MANUAL, null, reason, secretary, "admin"));
            }
        }
    }

    /** A few batches still waiting for the administrator, from two branches' secretaries. */
    private void pendingSubmissions(List<MemberRow> members, Map<String, Long> rule, LocalDate today, Random random) {
        List<Object[]> rows = new ArrayList<>();
        for (String code : List.of("C08", "C11", "F02")) {
            String batch = "demo-" + code;
            members.stream()
                    .filter(m -> m.branchCode().equals(code))
                    .limit(4)
                    .forEach(m -> rows.add(new Object[] {
                        batch,
                        m.id(),
                        m.branchId(),
                        rule.get("VOLUNTEER"),
                        3,
                        today.minusDays(1 + random.nextInt(10)),
                        "社区义诊",
                        "sec-" + code.toLowerCase()
                    }));
        }
        jdbc.batchUpdate("""
                insert into points_submission (batch_key, member_id, branch_id, rule_id, points, entry_date, note, status,
                  submitted_by, version, created_by, created_date)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, 0, 'system', now(6))""", rows);
    }
}
