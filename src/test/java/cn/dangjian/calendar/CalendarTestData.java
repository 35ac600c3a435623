package cn.dangjian.calendar;

import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.support.SignedIn;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Small helpers shared by the calendar's integration tests. */
final class CalendarTestData {

    private CalendarTestData() {}

    static long branchId(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    static long typeId(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from cal_event_type where code = ?", Long.class, code);
    }

    static long memberOfBranch(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject(
                "select min(m.id) from party_member m join party_branch b on b.id = m.branch_id where b.code = ?",
                Long.class,
                code);
    }

    static long memberIdOf(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select member_id from user_account where username = ?", Long.class, username);
    }

    static EventInput input(
            JdbcTemplate jdbc, String branch, String type, LocalDateTime start, Audience audience, List<Long> list) {
        return new EventInput(
                null,
                0,
                branchId(jdbc, branch),
                typeId(jdbc, type),
                "测试活动 " + System.nanoTime() % 100000,
                start,
                start.plusHours(1),
                "会议室",
                null,
                audience,
                list,
                null,
                null);
    }

    static EventInput meeting(JdbcTemplate jdbc, String branch, LocalDateTime start) {
        return input(jdbc, branch, EventTypeCodes.STUDY_SESSION, start, Audience.BRANCH, List.of());
    }

    /** Runs the work signed in as a demo user, then restores whoever was signed in before. */
    static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
        return SignedIn.as(users, username, work::get);
    }

    static void run(UserDetailsService users, String username, Runnable work) {
        as(users, username, () -> {
            work.run();
            return null;
        });
    }
}
