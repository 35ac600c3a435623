package cn.dangjian.calendar;

import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.demo.DemoDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One meeting of 妇产科党支部 recorded six weeks after it took place, through the ordinary services, so that the
 * approval queue shows what late attendance looks like (迟报签到 lines waiting for the office) on a fresh demo.
 */
@Component
@Profile("demo")
class LateRecordDemoData implements DemoDataContributor {

    static final String TITLE = "补录：党小组学习会";

    private final JdbcTemplate jdbc;
    private final EventScheduleService schedule;
    private final AttendanceService attendance;
    private final EventTypeService types;
    private final Clock clock;

    LateRecordDemoData(
            JdbcTemplate jdbc,
            EventScheduleService schedule,
            AttendanceService attendance,
            EventTypeService types,
            Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.attendance = attendance;
        this.types = types;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 450; // after the points demo, so the points rules and settings exist
    }

    @Override
    public boolean alreadyLoaded() {
        Integer n = jdbc.queryForObject("select count(*) from cal_event where title = ?", Integer.class, TITLE);
        return n != null && n > 0;
    }

    @Override
    @Transactional
    public void load() {
        Long branch = jdbc.queryForObject("select id from party_branch where code = 'C08'", Long.class);
        long type = types.types().stream()
                .filter(t -> EventTypeCodes.GROUP_MEETING.equals(t.getCode()))
                .findFirst()
                .orElseThrow()
                .getId();
        LocalDate day = LocalDate.now(clock).minusDays(42);
        CalendarEvent event = schedule.save(new EventInput(
                null,
                0,
                branch,
                type,
                TITLE,
                day.atTime(12, 0),
                day.atTime(13, 0),
                "妇产科示教室",
                null,
                Audience.BRANCH,
                List.of(),
                null,
                null));
        List<Long> members =
                jdbc.queryForList("select id from party_member where branch_id = ? order by id", Long.class, branch);
        Set<Long> present = members.stream().skip(1).collect(Collectors.toSet()); // one absent without leave
        attendance.recordHeld(new HeldInput(event.getId(), event.getVersion(), present, Map.of(), "补录六周前召开的党小组学习会"));
    }
}
