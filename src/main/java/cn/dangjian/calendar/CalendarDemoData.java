package cn.dangjian.calendar;

import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.demo.DemoDataContributor;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
    private static final Map<String, Double> LAGGING =
            Map.of("C04", 0.55, "T03", 0.65, "R02", 0.6, "F04", 0.75, "C13", 0.7);

    private static final String[] PLACES = {"门诊楼8楼会议室", "住院部党员活动室", "行政楼三楼会议室", "科室示教室", "医院报告厅"};
    private static final String[] THEMES = {
        "学习贯彻党的二十大精神", "重温入党誓词", "我为群众办实事", "红色教育基地参观", "清廉医院建设", "医德医风专题学习", "学雷锋志愿服务", "纪念建党", "党史学习教育", "安全生产警示教育"
    };
    private static final String[] MINUTES = {
        "传达上级文件精神，研究部署本月支部工作。",
        "集中学习党的创新理论，党员交流学习体会。",
        "讨论科室服务流程改进，形成三项整改措施。",
        "通报党费收缴和发展党员工作情况。",
        "开展批评与自我批评，查摆问题并明确整改。",
        "围绕医疗质量安全开展专题研讨。"
    };
    private static final String[] LEAVE = {"值班", "外出进修", "病假", "手术中", "出差"};
    private static final String[] VOLUNTEER = {"社区义诊", "健康宣教进校园", "世界镇痛日义诊", "专家下沉坐诊", "无偿献血志愿服务"};

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
        Generator g = new Generator(random, today, maxId == null ? 1 : maxId + 1, members, committee);
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

    /** Builds the rows; kept apart from the inserts so the rules of "realistic" are in one place. */
    private static final class Generator {

        final Random random;
        final LocalDate today;
        long nextId;
        final Map<Long, List<Long>> members;
        final Map<Long, List<Long>> committee;
        final List<Object[]> events = new ArrayList<>();
        final List<Object[]> attendance = new ArrayList<>();

        Generator(
                Random random,
                LocalDate today,
                long nextId,
                Map<Long, List<Long>> members,
                Map<Long, List<Long>> committee) {
            this.random = random;
            this.today = today;
            this.nextId = nextId;
            this.members = members;
            this.committee = committee;
        }

        void duty(long branchId, String code, DutySpec spec, DueItem due, double diligence) {
            LocalDate date = pickDate(spec, due);
            boolean lagging = diligence < 0.8;
            // Lagging branches slip most in recent months: the heatmap's right edge shows it.
            double d = lagging && date.isAfter(today.minusMonths(5)) ? diligence - 0.2 : diligence;
            String status;
            if (date.isAfter(today)) {
                status = "PLANNED";
            } else {
                double r = random.nextDouble();
                if (r < d) {
                    status = "HELD";
                } else if (r < d + (1 - d) * 0.35) {
                    date = due.dueDate().plusDays(3 + random.nextInt(12));
                    status = date.isAfter(today) ? "PLANNED" : "HELD";
                } else if (r < d + (1 - d) * 0.5) {
                    status = "CANCELLED";
                } else if (r < d + (1 - d) * 0.75) {
                    status = "PLANNED";
                } else {
                    return;
                }
            }
            String typeCode = spec.typeCode();
            int[] hours = switch (typeCode) {
                case EventTypeCodes.COMMITTEE_MEETING -> new int[] {12, 1};
                case EventTypeCodes.GROUP_MEETING -> new int[] {17, 1};
                case EventTypeCodes.THEMED_DAY -> new int[] {14, 3};
                case EventTypeCodes.ORG_LIFE_MEETING -> new int[] {14, 3};
                default -> new int[] {15, 2};
            };
            String title = title(typeCode, due, date);
            Audience audience =
                    typeCode.equals(EventTypeCodes.COMMITTEE_MEETING) ? Audience.COMMITTEE : Audience.BRANCH;
            add(
                    branchId,
                    spec.typeId(),
                    title,
                    date.atTime(hours[0], 0),
                    date.atTime(hours[0], 0).plusHours(hours[1]),
                    PLACES[random.nextInt(PLACES.length)],
                    null,
                    audience,
                    status,
                    code);
        }

        private LocalDate pickDate(DutySpec spec, DueItem due) {
            return switch (spec.recurrence()) {
                case MONTHLY ->
                    due.periodStart()
                            .plusDays(
                                    switch (spec.typeCode()) {
                                        case EventTypeCodes.COMMITTEE_MEETING -> 2 + random.nextInt(8);
                                        case EventTypeCodes.GROUP_MEETING -> 9 + random.nextInt(10);
                                        default -> 14 + random.nextInt(12);
                                    });
                case QUARTERLY -> due.periodStart().plusDays(20 + random.nextInt(60));
                case YEARLY -> LocalDate.of(due.periodStart().getYear(), 11, 20).plusDays(random.nextInt(25));
            };
        }

        private String title(String typeCode, DueItem due, LocalDate date) {
            int q = (due.periodStart().getMonthValue() - 1) / 3 + 1;
            int y = due.periodStart().getYear();
            return switch (typeCode) {
                case EventTypeCodes.GENERAL_MEETING -> y + "年第" + q + "季度支部党员大会";
                case EventTypeCodes.COMMITTEE_MEETING -> due.periodStart().getMonthValue() + "月支委会";
                case EventTypeCodes.GROUP_MEETING -> due.periodStart().getMonthValue() + "月党小组会";
                case EventTypeCodes.PARTY_LECTURE -> y + "年第" + q + "季度党课";
                case EventTypeCodes.THEMED_DAY -> "主题党日：" + THEMES[random.nextInt(THEMES.length)];
                case EventTypeCodes.ORG_LIFE_MEETING -> y + "年度组织生活会";
                case EventTypeCodes.DEMOCRATIC_APPRAISAL -> y + "年度民主评议党员";
                default -> typeCode + " " + date;
            };
        }

        void extras(
                long branchId,
                String code,
                boolean serving,
                Map<String, Long> typeIds,
                LocalDate first,
                LocalDate horizon) {
            for (YearMonth ym = YearMonth.from(first); !ym.atDay(1).isAfter(horizon); ym = ym.plusMonths(1)) {
                if (serving && random.nextInt(100) < 30) {
                    LocalDate d = ym.atDay(5 + random.nextInt(20));
                    add(
                            branchId,
                            typeIds.get(EventTypeCodes.VOLUNTEER_SERVICE),
                            VOLUNTEER[random.nextInt(VOLUNTEER.length)],
                            d.atTime(8, 30),
                            d.atTime(11, 30),
                            "社区卫生服务中心",
                            "共建社区",
                            Audience.BRANCH,
                            outcome(d),
                            code);
                }
                if (random.nextInt(100) < 15) {
                    LocalDate d = ym.atDay(3 + random.nextInt(24));
                    add(
                            branchId,
                            typeIds.get(EventTypeCodes.STUDY_SESSION),
                            "集中学习：" + THEMES[random.nextInt(THEMES.length)],
                            d.atTime(16, 0),
                            d.atTime(17, 30),
                            PLACES[random.nextInt(PLACES.length)],
                            null,
                            Audience.BRANCH,
                            outcome(d),
                            code);
                }
                if ((code.equals("C08") || code.equals("C11")) && ym.getMonthValue() % 3 == 2) {
                    LocalDate d = ym.atDay(10 + random.nextInt(10));
                    add(
                            branchId,
                            typeIds.get(EventTypeCodes.JOINT_ACTIVITY),
                            "联建活动：中医适宜技术进产科",
                            d.atTime(14, 0),
                            d.atTime(17, 0),
                            "康复医学科示教室",
                            code.equals("C08") ? "康复中医党支部" : "妇产科党支部",
                            Audience.BRANCH,
                            outcome(d),
                            code);
                }
            }
        }

        void hospitalEvents(long organiser, long typeId, LocalDate first, LocalDate horizon) {
            for (int y = first.getYear(); y <= horizon.getYear(); y++) {
                Object[][] items = {
                    {LocalDate.of(y, 1, 20), "年度党建工作会议"},
                    {LocalDate.of(y, 7, 1), "庆祝建党" + (y - 1921) + "周年大会"},
                    {LocalDate.of(y, 11, 10), "院党委书记讲党课"}
                };
                for (Object[] it : items) {
                    LocalDate d = (LocalDate) it[0];
                    if (!d.isBefore(first) && !d.isAfter(horizon)) {
                        add(
                                organiser,
                                typeId,
                                (String) it[1],
                                d.atTime(9, 0),
                                d.atTime(11, 30),
                                "医院报告厅",
                                null,
                                Audience.BRANCH,
                                d.isAfter(today) ? "PLANNED" : "HELD",
                                "F01");
                    }
                }
            }
        }

        private String outcome(LocalDate d) {
            return d.isAfter(today) ? "PLANNED" : random.nextInt(100) < 92 ? "HELD" : "CANCELLED";
        }

        private void add(
                long branchId,
                long typeId,
                String title,
                LocalDateTime start,
                LocalDateTime end,
                String place,
                @Nullable String partners,
                Audience audience,
                String status,
                String code) {
            long id = nextId++;
            boolean held = status.equals("HELD");
            events.add(new Object[] {
                id,
                branchId,
                typeId,
                title,
                Timestamp.valueOf(start),
                Timestamp.valueOf(end),
                place,
                partners,
                audience.name(),
                status,
                held ? Date.valueOf(start.toLocalDate()) : null,
                held ? MINUTES[random.nextInt(MINUTES.length)] : null
            });
            List<Long> expected = audience == Audience.COMMITTEE
                    ? committee.getOrDefault(branchId, members.getOrDefault(branchId, List.of()))
                    : members.getOrDefault(branchId, List.of());
            int presentPct = LAGGING.containsKey(code) ? 74 : 88;
            for (Long m : Set.copyOf(expected).stream().sorted().toList()) {
                String st = null;
                String reason = null;
                if (held) {
                    int r = random.nextInt(100);
                    st = r < presentPct ? "PRESENT" : r < presentPct + 7 ? "LEAVE" : "ABSENT";
                    reason = st.equals("LEAVE") ? LEAVE[random.nextInt(LEAVE.length)] : null;
                }
                attendance.add(new Object[] {id, m, st, reason});
            }
        }
    }
}
