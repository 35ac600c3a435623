package cn.dangjian.points;

import cn.dangjian.support.SignedIn;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acting as a demo user inside a test, and finding demo members. */
final class PointsTestSupport {

    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    PointsTestSupport(UserDetailsService users, JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    <T> T as(String username, Callable<T> work) {
        return SignedIn.as(users, username, work);
    }

    void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** Changes the points settings as the administrator (the services' cached copy follows on commit). */
    void updateSettings(PointsRulesService rules, Consumer<PointsSettings> change) {
        run("admin", () -> {
            PointsSettings s = rules.settings();
            change.accept(s);
            rules.saveSettings(s);
        });
    }

    List<Long> membersOf(String branchCode) {
        return jdbc.queryForList("""
                select m.id from party_member m join party_branch b on b.id = m.branch_id
                where b.code = ? order by m.id""", Long.class, branchCode);
    }

    long ruleId(String code) {
        return jdbc.queryForObject("select id from points_rule where code = ?", Long.class, code);
    }

    int yearNet(long memberId, int year) {
        List<Integer> n = jdbc.queryForList(
                "select net from points_total where member_id = ? and period = ?",
                Integer.class,
                memberId,
                Periods.year(year));
        return n.isEmpty() ? 0 : n.get(0);
    }

    int ledgerSum(long memberId, int year) {
        Integer n = jdbc.queryForObject(
                "select coalesce(sum(points), 0) from points_entry where member_id = ? and year(entry_date) = ?",
                Integer.class,
                memberId,
                year);
        return n == null ? 0 : n;
    }
}
