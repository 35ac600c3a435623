package cn.dangjian.assessment;

import cn.dangjian.points.PointsLedgerService;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Four branches built by hand beside the demo hospital, with every kind of record an automatic indicator reads:
 * members and committees (one complete, one overdue and too small, one without a committee, a retiree branch),
 * held and unheld duties, two-party pairings with goals, evidence and joint events, needs raised, claimed, closed
 * and rated, key-task assignments accepted on time and late, brand months with and without evidence, and points.
 * Written straight to the tables and committed (the assessment reads committed records only, on a thread of its
 * own), points through the ledger; {@link #remove} deletes every row again, so the shared demo stays as it was.
 */
final class HandBuiltHospital {

    final List<Long> branches = new ArrayList<>();
    final Map<Long, List<Long>> members = new LinkedHashMap<>();
    final List<Long> pairings = new ArrayList<>();
    final List<Long> needs = new ArrayList<>();
    final List<Long> tasks = new ArrayList<>();
    final JdbcTemplate jdbc;
    final LocalDate today;
    final int year;

    HandBuiltHospital(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
        this.year = today.getYear();
    }

    /** Inserts only the given columns, so the table's defaults apply to the rest; returns the new id. */
    long insert(String table, Map<String, ?> values) {
        List<String> columns = new ArrayList<>(values.keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                    for (int i = 0; i < columns.size(); i++) {
                        ps.setObject(i + 1, values.get(columns.get(i)));
                    }
                    return ps;
                },
                key);
        return key.getKeyList().isEmpty()
                ? 0
                : ((Number) key.getKeyList().get(0).values().iterator().next()).longValue();
    }

    LocalDate day(int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private long branch(int n, String kind, LocalDate termEnd, int full, int probationary) {
        Map<String, Object> b = new HashMap<>(Map.of(
                "code", "HB" + n, "name", "手建第" + n + "支部", "kind", kind, "founded_on", day(1, 1), "version", 0));
        if (termEnd != null) {
            b.put("term_start", termEnd.minusYears(3));
            b.put("term_end", termEnd);
        }
        long id = insert("party_branch", b);
        branches.add(id);
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < full + probationary; i++) {
            ms.add(insert(
                    "party_member",
                    Map.of(
                            "name",
                            "手建" + n + "-" + i,
                            "staff_number",
                            "HB" + n + "-" + i,
                            "gender",
                            i % 2 == 0 ? "MALE" : "FEMALE",
                            "branch_id",
                            id,
                            "status",
                            i < full ? "FULL" : "PROBATIONARY",
                            "joined_date",
                            LocalDate.of(2010, 1, 1),
                            "version",
                            0)));
        }
        members.put(id, ms);
        return id;
    }

    void committee(long branch, int member, String role) {
        insert(
                "committee_member",
                Map.of("branch_id", branch, "member_id", members.get(branch).get(member), "role", role, "version", 0));
    }

    long event(long branch, long type, LocalDate date, String status, Long pairing) {
        Map<String, Object> e = new HashMap<>(Map.of(
                "branch_id",
                branch,
                "event_type_id",
                type,
                "title",
                "手建活动",
                "start_at",
                date.atTime(14, 0),
                "end_at",
                date.atTime(16, 0),
                "audience",
                "BRANCH",
                "status",
                status,
                "version",
                0));
        if ("HELD".equals(status)) {
            e.put("held_date", date);
        }
        if (pairing != null) {
            e.put("pairing_id", pairing);
        }
        return insert("cal_event", e);
    }

    long typeId(String code) {
        return jdbc.queryForObject("select id from cal_event_type where code = ?", Long.class, code);
    }

    /**
     * Holds each compliance duty in most past periods (one event inside its period, before its due date), skips
     * some by a pattern that differs per branch, and leaves a planned and a cancelled event that never count.
     */
    private void duties(int k, long branch, boolean serving) {
        List<Map<String, Object>> rules = jdbc.queryForList(
                """
                select t.id, r.recurrence from cal_duty_rule r join cal_event_type t on t.id = r.event_type_id
                where r.active = 1 and t.active = 1 and t.counts_compliance = 1 and """ + (serving ? " r.applies_serving = 1" : " r.applies_retiree = 1") + " order by r.id");
        for (int j = 0; j < rules.size(); j++) {
            long type = ((Number) rules.get(j).get("id")).longValue();
            int step = switch ((String) rules.get(j).get("recurrence")) {
                case "MONTHLY" -> 1;
                case "QUARTERLY" -> 3;
                default -> 12;
            };
            for (int i = 0; i * step < 12; i++) {
                LocalDate held = YearMonth.of(year, i * step + 1).atDay(10);
                if (held.isBefore(today) && (i + j + k) % 3 != 0) {
                    event(branch, type, held, "HELD", null);
                } else if (held.isBefore(today) && i % 2 == 0) {
                    event(branch, type, held, i % 4 == 0 ? "PLANNED" : "CANCELLED", null);
                }
            }
        }
    }

    HandBuiltHospital build(PointsLedgerService ledger) {
        long b1 = branch(1, "CLINICAL", day(12, 31).plusYears(2), 7, 1);
        long b2 = branch(2, "CLINICAL", day(6, 30).minusYears(1), 2, 2);
        long b3 = branch(3, "MEDICAL_TECH", null, 7, 0);
        long b4 = branch(4, "RETIREE", day(12, 31).plusYears(1), 3, 0);
        committee(b1, 0, "SECRETARY");
        committee(b1, 1, "DEPUTY_SECRETARY");
        committee(b2, 0, "SECRETARY");
        committee(b4, 0, "SECRETARY");
        jdbc.update(
                "update party_member set department_head = 1 where id = ?",
                members.get(b1).get(0));
        jdbc.update(
                "update party_member set key_staff = 1 where id = ?",
                members.get(b4).get(0));
        for (int k = 0; k < branches.size(); k++) {
            duties(k, branches.get(k), k < 3);
        }
        new HandBuiltWork(this).build(b1, b2, b3, b4);
        insert(
                "assessment_honour",
                Map.of(
                        "honour_year",
                        year - 1,
                        "award",
                        "ADVANCED_BRANCH",
                        "branch_id",
                        b1,
                        "decided_on",
                        day(1, 20),
                        "version",
                        0));
        long talk = jdbc.queryForObject("select id from points_rule where code = 'EXTERNAL_TALK'", Long.class);
        long discipline = jdbc.queryForObject("select id from points_rule where code = 'DISCIPLINE'", Long.class);
        LocalDate on = today.minusDays(1).getYear() == year ? today.minusDays(1) : today;
        int[][] talks = {{5, 5}, {4, 5}, {1, 3}};
        for (int m = 0; m < talks.length; m++) {
            for (int i = 0; i < talks[m][0]; i++) {
                ledger.award(members.get(b1).get(m), talk, talks[m][1], on, "手建");
            }
        }
        ledger.award(members.get(b1).get(3), discipline, -5, on, "手建");
        ledger.award(members.get(b2).get(0), talk, 5, on, "手建");
        ledger.award(members.get(b3).get(0), talk, 5, on, "手建");
        return this;
    }

    private String in(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** Deletes everything {@link #build} wrote and every sheet of these branches, in foreign-key order. */
    void remove() {
        if (branches.isEmpty()) {
            return;
        }
        String b = in(branches);
        List<Long> all = members.values().stream().flatMap(List::stream).toList();
        String m = all.isEmpty() ? "-1" : in(all);
        jdbc.update(
                "delete from assessment_score where sheet_id in (select id from assessment_sheet where branch_id in ("
                        + b + "))");
        jdbc.update("delete from assessment_sheet where branch_id in (" + b + ")");
        jdbc.update("delete from assessment_honour where branch_id in (" + b + ") or member_id in (" + m + ")");
        // The histogram counts members per net score: take these members out of the hospital's and their own.
        jdbc.update(
                "update points_histogram h join (select period, net, count(*) c from points_total where member_id in ("
                        + m
                        + ") group by period, net) x on x.period = h.period and x.net = h.net set h.members = h.members - x.c"
                        + " where h.scope_id = 0");
        jdbc.update("delete from points_histogram where members <= 0 or scope_id in (" + b + ")");
        for (String t : List.of("points_total", "points_usage", "points_entry", "points_chain_head")) {
            jdbc.update("delete from " + t + " where member_id in (" + m + ")");
        }
        String brands = "select id from plan_brand where branch_id in (" + b + ")";
        String months = "select id from plan_brand_month where brand_id in (" + brands + ")";
        jdbc.update("delete from plan_brand_month_event where month_id in (" + months + ")");
        jdbc.update("delete from plan_attachment where month_id in (" + months + ")");
        jdbc.update("delete from plan_brand_month where brand_id in (" + brands + ")");
        jdbc.update("delete from plan_brand where branch_id in (" + b + ")");
        if (!tasks.isEmpty()) {
            jdbc.update("delete from plan_assignment where task_id in (" + in(tasks) + ")");
            jdbc.update("delete from plan_key_task_branch where task_id in (" + in(tasks) + ")");
            jdbc.update("delete from plan_key_task where id in (" + in(tasks) + ")");
        }
        if (!needs.isEmpty()) {
            jdbc.update("delete from pairing_need_claim where need_id in (" + in(needs) + ")");
            jdbc.update("delete from pairing_need where id in (" + in(needs) + ")");
        }
        if (!pairings.isEmpty()) {
            jdbc.update("delete from pairing_evidence where pairing_id in (" + in(pairings) + ")");
            jdbc.update("update cal_event set pairing_id = null where pairing_id in (" + in(pairings) + ")");
            jdbc.update("delete from pairing where id in (" + in(pairings) + ")");
        }
        jdbc.update("delete from cal_event where branch_id in (" + b + ")");
        jdbc.update("delete from committee_member where branch_id in (" + b + ")");
        jdbc.update("delete from party_member where branch_id in (" + b + ")");
        jdbc.update("delete from party_branch where id in (" + b + ")");
    }
}
