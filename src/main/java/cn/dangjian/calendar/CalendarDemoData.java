package cn.dangjian.calendar;

import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.demo.DemoDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three calendar years of events for every branch: the past mostly held with attendance, a few
 * branches lagging (so the heatmap shows who is behind), the next two months planned. Written with
 * multi-row JDBC inserts and without publishing attendance messages: points builds its own demo ledger.
 */
@Component
@Profile("demo")
class CalendarDemoData implements DemoDataContributor {

    /** Branches that fall behind, and how diligent they are (share of duties held in their period). */
    static final Map<String, Double> LAGGING = Map.of("C04", 0.55, "T03", 0.65, "R02", 0.6, "F04", 0.75, "C13", 0.7);

    private final JdbcTemplate jdbc;
    private final EventTypeService types;
    private final Clock clock;

    CalendarDemoData(JdbcTemplate jdbc, EventTypeService types, Clock clock) {
        this.jdbc = jdbc;
        this.types = types;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean alreadyLoaded() {
        Integer n = jdbc.queryForObject("select count(*) from cal_event", Integer.class);
        return n != null && n > 0;
    }

    private record BranchRow(long id, String code, boolean serving) {}

    @Override
    @Transactional
    public void load() {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(20261123);
        Map<String, Long> typeIds = new HashMap<>();
        jdbc.query("select code, id from cal_event_type", rs -> {
            typeIds.put(rs.getString(1), rs.getLong(2));
        });
        List<BranchRow> branches = jdbc.query(
                "select id, code, kind from party_branch order by code",
                (rs, i) -> new BranchRow(rs.getLong(1), rs.getString(2), !"RETIREE".equals(rs.getString(3))));
        Map<Long, List<Long>> members = new HashMap<>();
        jdbc.query("select branch_id, id from party_member order by id", rs -> {
            members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        Map<Long, List<Long>> committee = new HashMap<>();
        jdbc.query("select branch_id, member_id from committee_member order by id", rs -> {
            committee.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        Long maxId = jdbc.queryForObject("select coalesce(max(id), 0) from cal_event", Long.class);
        CalendarDemoGenerator g =
                new CalendarDemoGenerator(random, today, maxId == null ? 1 : maxId + 1, members, committee);
        LocalDate first = LocalDate.of(today.getYear() - 2, 1, 1);
        LocalDate horizon = today.plusDays(60);
        for (BranchRow b : branches) {
            double diligence = LAGGING.getOrDefault(b.code(), 0.9 + random.nextDouble() * 0.09);
            for (DutySpec spec : types.specs(b.serving())) {
                for (int year = first.getYear(); year <= horizon.getYear(); year++) {
                    for (DueItem due : ComplianceRules.schedule(spec, year)) {
                        if (due.periodStart().isAfter(horizon)) {
                            continue;
                        }
                        g.duty(b.id(), b.code(), spec, due, diligence);
                    }
                }
            }
            g.extras(b.id(), b.code(), b.serving(), typeIds, first, horizon);
        }
        g.hospitalEvents(
                branches.stream()
                        .filter(b -> b.code().equals("F01"))
                        .findFirst()
                        .map(BranchRow::id)
                        .orElse(branches.get(0).id()),
                typeIds.get(EventTypeCodes.HOSPITAL_EVENT),
                first,
                horizon);
        insertEvents(g.events);
        insertAttendance(g.attendance);
    }

    private void insertEvents(List<Object[]> rows) {
        String cols =
                "insert into cal_event (id, branch_id, event_type_id, title, start_at, end_at, place, partners, audience,"
                        + " status, held_date, minutes, version, created_by, created_date) values ";
        multiRowInsert(cols, "(?,?,?,?,?,?,?,?,?,?,?,?,0,'demo',now())", rows, 500);
    }

    private void insertAttendance(List<Object[]> rows) {
        String cols =
                "insert into cal_attendance (event_id, member_id, status, leave_reason, version, created_by, created_date) values ";
        multiRowInsert(cols, "(?,?,?,?,0,'demo',now())", rows, 3000);
    }

    private void multiRowInsert(String head, String tuple, List<Object[]> rows, int chunk) {
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            StringBuilder sql = new StringBuilder(head);
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ",").append(tuple);
                for (Object o : part.get(i)) {
                    args.add(o);
                }
            }
            jdbc.update(sql.toString(), args.toArray());
        }
    }
}
