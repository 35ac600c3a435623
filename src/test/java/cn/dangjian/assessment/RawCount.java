package cn.dangjian.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one branch's raw rows say, counted with this test's own queries and arithmetic from each formula's
 * definition (docs/decisions/0022, the features' policies), never with the services' helpers. The only input
 * taken from a feature is the pairing health thresholds, which are settings (data), not a computation.
 */
final class RawCount {

    /** The score and the counted facts ({@code key|arg|arg}) an indicator should show. */
    record Expected(double score, String evidence) {}

    int decided;
    int onTime;
    final Set<String> committee = new TreeSet<>();
    final Set<String> size = new TreeSet<>();
    int members;
    int good;
    double average;
    int live;
    int alive;
    int goalsDue;
    int goalsMet;
    int joint;
    boolean hasSecretary;
    boolean dual;
    int tasks;
    int tasksOnTime;
    int brandMonths;
    int received;
    int closed;
    int satisfied;
    int honours;
    int year;

    static double linear(double x, double low, double high, double max) {
        double share = high <= low ? (x >= high ? 1 : 0) : Math.min(1, Math.max(0, (x - low) / (high - low)));
        return Math.round(share * max * 10) / 10.0;
    }

    Expected expected(Formula f, double low, double high, double max) {
        return switch (f) {
            case DUTY_ON_TIME ->
                decided == 0
                        ? new Expected(max, "assessment.evidence.nothingDue")
                        : new Expected(linear((double) onTime / decided, low, high, max), key("duty", onTime, decided));
            case COMMITTEE_VALID -> rules(committee, max);
            case BRANCH_SIZE -> rules(size, max);
            case MEMBERS_GOOD_SHARE ->
                new Expected(
                        members == 0 ? 0 : linear((double) good / members, low, high, max),
                        key("goodShare", good, members));
            case AVERAGE_POINTS ->
                new Expected(members == 0 ? 0 : linear(average, low, high, max), key("average", average));
            case PAIRING_ALIVE ->
                new Expected(live == 0 ? 0 : linear((double) alive / live, low, high, max), key("alive", alive, live));
            case PAIRING_GOALS_MET ->
                new Expected(
                        goalsDue == 0 ? (live == 0 ? 0 : max) : linear((double) goalsMet / goalsDue, low, high, max),
                        key("goals", goalsMet, goalsDue));
            case JOINT_EVENTS -> new Expected(linear(joint, low, high, max), key("joint", joint));
            case DUAL_LEADER ->
                new Expected(
                        dual ? max : 0,
                        "assessment.evidence." + (!hasSecretary ? "noSecretary" : dual ? "dualYes" : "dualNo"));
            case KEY_TASKS_ON_TIME ->
                new Expected(
                        tasks == 0 ? max : linear((double) tasksOnTime / tasks, low, high, max),
                        key("tasks", tasksOnTime, tasks));
            case BRAND_MONTHS -> new Expected(linear(brandMonths, low, high, max), key("brand", brandMonths));
            case BRANCH_HONOURS ->
                new Expected(Math.min(max, Math.round(low * honours * 10) / 10.0), key("honours", honours, year - 1));
            case NEEDS_SATISFIED ->
                new Expected(
                        received == 0 ? max : linear((double) satisfied / received, low, high, max),
                        key("needs", closed, satisfied, received));
        };
    }

    private static Expected rules(Set<String> broken, double max) {
        return broken.isEmpty()
                ? new Expected(max, "assessment.evidence.rulesMet")
                : new Expected(0, "assessment.evidence.rulesBroken|" + String.join(",", broken));
    }

    private static String key(String k, Object... args) {
        StringBuilder s = new StringBuilder("assessment.evidence." + k);
        for (Object a : args) {
            s.append('|').append(a);
        }
        return s.toString();
    }

    /** Counts one branch's facts for {@code year} as of {@code today}. */
    static RawCount of(
            JdbcTemplate jdbc, long branch, LocalDate today, int windowDays, int minEvidence, double minShare) {
        int year = today.getYear();
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year, 12, 31));
        RawCount r = new RawCount();
        Map<String, Object> b =
                jdbc.queryForMap("select kind, term_end, founded_on from party_branch where id = ?", branch);
        boolean serving = !"RETIREE".equals(b.get("kind"));
        LocalDate founded = ((Date) b.get("founded_on")).toLocalDate();
        int[] duties = RawDuties.count(jdbc, branch, serving, founded, today);
        r.decided = duties[0];
        r.onTime = duties[1];
        int full = count(jdbc, "select count(*) from party_member where branch_id = ? and status = 'FULL'", branch);
        int all = count(jdbc, "select count(*) from party_member where branch_id = ?", branch);
        int seats = count(jdbc, "select count(*) from committee_member where branch_id = ?", branch);
        int secretaries =
                count(jdbc, "select count(*) from committee_member where branch_id = ? and role = 'SECRETARY'", branch);
        // Organisation's rules: a committee from 7 full members, a secretary in serving branches, term not past.
        if (full >= 7 && seats == 0) r.committee.add("NEEDS_COMMITTEE");
        if (serving && secretaries == 0) r.committee.add("NO_SECRETARY");
        if (seats > 0
                && b.get("term_end") != null
                && ((Date) b.get("term_end")).toLocalDate().isBefore(today)) {
            r.committee.add("TERM_OVERDUE");
        }
        if (full < 3) r.size.add("TOO_FEW_FULL_MEMBERS");
        if (all > 50) r.size.add("TOO_LARGE");
        r.hasSecretary = secretaries > 0;
        r.dual = serving && count(jdbc, """
                select count(*) from committee_member c join party_member m on m.id = c.member_id
                where c.branch_id = ? and c.role = 'SECRETARY' and (m.department_head = 1 or m.key_staff = 1)""", branch) > 0;
        Map<String, Object> settings = jdbc.queryForMap("select base_points, band_good from points_settings limit 1");
        int base = ((Number) settings.get("base_points")).intValue();
        int bandGood = ((Number) settings.get("band_good")).intValue();
        long sum = 0;
        for (Map<String, Object> m : jdbc.queryForList("""
                select m.id, coalesce(sum(e.points), 0) net from party_member m
                left join points_entry e on e.member_id = m.id and e.entry_date between ? and ?
                where m.branch_id = ? group by m.id""", from, to, branch)) {
            int score = Math.max(0, base + ((Number) m.get("net")).intValue());
            r.members++;
            r.good += score >= bandGood ? 1 : 0;
            sum += score;
        }
        r.average = r.members == 0 ? 0 : Math.round((double) sum / r.members * 10) / 10.0;
        LocalDate since = today.minusDays(windowDays);
        for (Map<String, Object> p : jdbc.queryForList("""
                select id from pairing where kind <> 'ALLIANCE' and status in ('ACTIVE', 'UNDER_REVIEW', 'RENEWED')
                and (branch_id = ? or partner_branch_id = ?)""", branch, branch)) {
            long id = ((Number) p.get("id")).longValue();
            int due = 0;
            int met = 0;
            for (Map<String, Object> g : jdbc.queryForList("""
                    select g.met_date, g.target_count, (select count(*) from pairing_evidence_goal eg where eg.goal_id = g.id) linked
                    from pairing_goal g where g.pairing_id = ? and g.due_date <= ?""", id, Date.valueOf(today))) {
                due++;
                Number target = (Number) g.get("target_count");
                boolean byEvidence = target != null
                        && target.intValue() > 0
                        && ((Number) g.get("linked")).intValue() >= target.intValue();
                met += g.get("met_date") != null || byEvidence ? 1 : 0;
            }
            int recent = count(
                    jdbc,
                    "select count(*) from pairing_evidence where pairing_id = ? and happened_on between ? and ?",
                    id,
                    Date.valueOf(since),
                    Date.valueOf(today));
            r.live++;
            r.goalsDue += due;
            r.goalsMet += met;
            // Alive: enough recent evidence and at least the required share of the goals due met.
            r.alive += recent >= minEvidence && (due == 0 || (double) met / due >= minShare) ? 1 : 0;
        }
        r.joint = count(jdbc, """
                select count(distinct e.calendar_event_id) from pairing_evidence e join pairing p on p.id = e.pairing_id
                where e.kind = 'JOINT_ACTIVITY' and e.calendar_event_id is not null and e.happened_on between ? and ?
                and (p.branch_id = ? or p.partner_branch_id = ? or exists (select 1 from pairing_party x where
                x.pairing_id = p.id and x.branch_id = ? and (x.left_on is null or x.left_on >= ?)))""", from, to, branch, branch, branch, Date.valueOf(today));
        r.tasks = count(jdbc, """
                select count(*) from plan_assignment a join plan_key_task t on t.id = a.task_id
                where t.task_year = ? and a.branch_id = ?""", year, branch);
        r.tasksOnTime = count(jdbc, """
                select count(*) from plan_assignment a join plan_key_task t on t.id = a.task_id where t.task_year = ?
                and a.branch_id = ? and a.state = 'ACCEPTED' and a.reported_on <= t.due_date""", year, branch);
        r.brandMonths = count(jdbc, """
                select count(*) from plan_brand_month m join plan_brand b on b.id = m.brand_id
                where b.branch_id = ? and b.brand_year = ? and b.state = 'APPROVED'
                and (exists (select 1 from plan_brand_month_event x where x.month_id = m.id)
                  or exists (select 1 from plan_attachment a where a.month_id = m.id))""", branch, year);
        r.needs(jdbc, branch, year, today);
        r.year = year;
        r.honours = count(
                jdbc,
                "select count(*) from assessment_honour where branch_id = ? and honour_year = ?"
                        + " and award in ('ADVANCED_BRANCH', 'BEST_PARTY_DAY')",
                branch,
                year - 1);
        return r;
    }

    /** Received: raised in the year on a pairing the branch is party to, by someone else, or claimed by it. */
    private void needs(JdbcTemplate jdbc, long branch, int year, LocalDate today) {
        Set<Long> seen = new HashSet<>();
        for (Map<String, Object> n :
                jdbc.queryForList("""
                select n.id, n.raised_on, c.branch_id claimed, n.closed_on, n.rating from pairing_need n
                left join pairing p on p.id = n.pairing_id left join pairing_need_claim c on c.need_id = n.id and c.branch_id = ?
                where c.branch_id is not null or ((p.branch_id = ? or p.partner_branch_id = ? or exists (select 1 from
                pairing_party x where x.pairing_id = p.id and x.branch_id = ? and (x.left_on is null or x.left_on >= ?)))
                and (n.raised_by_branch_id is null or n.raised_by_branch_id <> ?))""", branch, branch, branch, branch, Date.valueOf(today), branch)) {
            if (!seen.add(((Number) n.get("id")).longValue())) {
                continue;
            }
            received += ((Date) n.get("raised_on")).toLocalDate().getYear() == year ? 1 : 0;
            Date closedOn = (Date) n.get("closed_on");
            if (n.get("claimed") != null
                    && closedOn != null
                    && closedOn.toLocalDate().getYear() == year) {
                closed++;
                satisfied += n.get("rating") != null && !"UNSATISFIED".equals(n.get("rating")) ? 1 : 0;
            }
        }
    }

    private static int count(JdbcTemplate jdbc, String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
