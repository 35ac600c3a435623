package cn.dangjian.calendar;

import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.demo.DemoDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint events (issue 8) between demo pairings, through the ordinary services: held ones with members of both
 * branches attending (points, compliance and pairing evidence follow on both sides), and planned ones that show
 * on both calendars and in both branches' reminders.
 */
@Component
@Profile("demo")
class JointEventsDemoData implements DemoDataContributor {

    /** The first demo joint event; the calendar marks joint events itself, so titles carry no prefix. */
    static final String FIRST = "主题党日：产后康复中医适宜技术联学";

    private final JdbcTemplate jdbc;
    private final EventScheduleService schedule;
    private final AttendanceService attendance;
    private final Clock clock;

    JointEventsDemoData(JdbcTemplate jdbc, EventScheduleService schedule, AttendanceService attendance, Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 470; // after the points demo (rules) and the plan; pairings exist since 200
    }

    @Override
    public boolean alreadyLoaded() {
        Integer n = jdbc.queryForObject(
                "select count(*) from cal_event where title like ? and pairing_id is not null", Integer.class, "%");
        return n != null && n > 0;
    }

    @Override
    @Transactional
    public void load() {
        LocalDate today = LocalDate.now(clock);
        Long rehab = pairing("C11", "C08");
        if (rehab != null) {
            held(rehab, "C08", EventTypeCodes.THEMED_DAY, FIRST, today.minusDays(9), null, null);
            held(rehab, "C11", EventTypeCodes.VOLUNTEER_SERVICE, "关爱妇女健康联合义诊", today.minusDays(19), 8, 156);
            planned(rehab, "C11", EventTypeCodes.THEMED_DAY, "主题党日：中医药文化进产科病房", today.plusDays(6));
        }
        Long service = pairing("F02", "C01");
        if (service != null) {
            held(service, "F02", EventTypeCodes.JOINT_ACTIVITY, "医务部下科室：胸痛中心流程联动", today.minusDays(14), null, null);
            planned(service, "F02", EventTypeCodes.THEMED_DAY, "主题党日：医疗质量安全联学", today.plusDays(10));
        }
    }

    /** The live pairing between two branches (organiser first as the pairing records it), if the demo has one. */
    private @Nullable Long pairing(String branch, String partner) {
        List<Long> ids = jdbc.queryForList("""
                select p.id from pairing p join party_branch a on a.id = p.branch_id
                join party_branch b on b.id = p.partner_branch_id
                where a.code = ? and b.code = ? and p.status in ('ACTIVE', 'UNDER_REVIEW', 'RENEWED') order by p.id""", Long.class, branch, partner);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private CalendarEvent save(
            long pairing,
            String organiser,
            String type,
            String title,
            LocalDate day,
            @Nullable Integer external,
            @Nullable Integer served) {
        long branch = jdbc.queryForObject("select id from party_branch where code = ?", Long.class, organiser);
        long typeId = jdbc.queryForObject("select id from cal_event_type where code = ?", Long.class, type);
        List<Long> goal = jdbc.queryForList(
                "select id from pairing_goal where pairing_id = ? order by id limit 1", Long.class, pairing);
        return schedule.save(new EventInput(
                null,
                0,
                branch,
                typeId,
                title,
                day.atTime(14, 30),
                day.atTime(16, 30),
                "门诊楼五楼党员活动室",
                null,
                Audience.BRANCH,
                List.of(),
                pairing,
                goal,
                external,
                served,
                null));
    }

    private void planned(long pairing, String organiser, String type, String title, LocalDate day) {
        save(pairing, organiser, type, title, day, null, null);
    }

    /** Held with most members of every party present, one on leave and one absent per branch (deterministic). */
    private void held(
            long pairing,
            String organiser,
            String type,
            String title,
            LocalDate day,
            @Nullable Integer external,
            @Nullable Integer served) {
        CalendarEvent e = save(pairing, organiser, type, title, day, external, served);
        Map<Long, List<Long>> byBranch = new HashMap<>();
        jdbc.query(
                """
                select a.member_id, m.branch_id from cal_attendance a join party_member m on m.id = a.member_id
                where a.event_id = ? order by a.member_id""",
                rs -> {
                    byBranch.computeIfAbsent(rs.getLong(2), k -> new java.util.ArrayList<>())
                            .add(rs.getLong(1));
                },
                e.getId());
        Set<Long> present = new java.util.HashSet<>();
        Map<Long, String> leave = new HashMap<>();
        byBranch.values().forEach(ids -> {
            for (int i = 0; i < ids.size(); i++) {
                if (i == 0) {
                    leave.put(ids.get(i), "门诊值班");
                } else if (i != 1) {
                    present.add(ids.get(i));
                }
            }
        });
        attendance.recordHeld(new HeldInput(e.getId(), e.getVersion(), present, leave, "两支部党员共同参加，会后开展交流。"));
    }
}
