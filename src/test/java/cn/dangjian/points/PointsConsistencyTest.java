package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The maintained totals, histograms and cap usage counters say exactly what the ledger says. */
@IntegrationTest
class PointsConsistencyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void totals_equal_the_ledger_summed_per_member_and_period() {
        String ledgerTotals = """
                select member_id, year(entry_date) * 100 as period, sum(points) as net from points_entry group by 1, 2
                union all
                select member_id, year(entry_date) * 100 + 20 + quarter(entry_date), sum(points) from points_entry group by 1, 2
                union all
                select member_id, year(entry_date) * 100 + month(entry_date), sum(points) from points_entry group by 1, 2""";
        List<Map<String, Object>> diff = jdbc.queryForList("select * from (" + ledgerTotals + """
                ) l left join points_total t on t.member_id = l.member_id and t.period = l.period
                where t.net is null or t.net <> l.net limit 5""");
        assertThat(diff).isEmpty();
        List<Map<String, Object>> orphans =
                jdbc.queryForList("select t.* from points_total t left join (" + ledgerTotals
                        + ") l on l.member_id = t.member_id and l.period = t.period where l.member_id is null limit 5");
        assertThat(orphans).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from points_total", Integer.class))
                .isGreaterThan(1000);
    }

    @Test
    void usage_counters_equal_the_ledger_summed_per_member_rule_and_day_month_year() {
        String ledgerUsage = """
                select member_id, rule_id, year(entry_date) * 10000 + month(entry_date) * 100 + dayofmonth(entry_date)
                  as period, sum(points) as points from points_entry group by 1, 2, 3
                union all
                select member_id, rule_id, year(entry_date) * 10000 + month(entry_date) * 100, sum(points)
                from points_entry group by 1, 2, 3
                union all
                select member_id, rule_id, year(entry_date) * 10000, sum(points) from points_entry group by 1, 2, 3""";
        List<Map<String, Object>> diff =
                jdbc.queryForList("select l.*, u.points as counted from (" + ledgerUsage + """
                ) l left join points_usage u on u.member_id = l.member_id and u.rule_id = l.rule_id and u.period = l.period
                where u.points is null or u.points <> l.points limit 5""");
        assertThat(diff).isEmpty();
        List<Map<String, Object>> orphans = jdbc.queryForList("select u.* from points_usage u left join ("
                + ledgerUsage + ") l on l.member_id = u.member_id and l.rule_id = u.rule_id and l.period = u.period"
                + " where l.member_id is null limit 5");
        assertThat(orphans).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from points_usage", Integer.class))
                .isGreaterThan(1000);
    }

    @Test
    void histograms_count_the_members_at_each_score() {
        List<Map<String, Object>> hospital = jdbc.queryForList("""
                select h.period, h.net, h.members, coalesce(c.n, 0) as counted from points_histogram h
                left join (select period, net, count(*) as n from points_total group by period, net) c
                  on c.period = h.period and c.net = h.net
                where h.scope_id = 0 and h.members <> coalesce(c.n, 0) limit 5""");
        assertThat(hospital).isEmpty();
        List<Map<String, Object>> missing = jdbc.queryForList("""
                select c.* from (select period, net, count(*) as n from points_total group by period, net) c
                left join points_histogram h on h.scope_id = 0 and h.period = c.period and h.net = c.net
                where h.members is null limit 5""");
        assertThat(missing).isEmpty();
        List<Map<String, Object>> branches = jdbc.queryForList("""
                select c.*, h.members from (select branch_id, period, net, count(*) as n from points_total
                  group by branch_id, period, net) c
                left join points_histogram h on h.scope_id = c.branch_id and h.period = c.period and h.net = c.net
                where h.members is null or h.members <> c.n limit 5""");
        assertThat(branches).isEmpty();
        Integer strayBranchRows = jdbc.queryForObject("""
                select count(*) from points_histogram h where h.scope_id <> 0 and h.members <> (select count(*)
                from points_total t where t.branch_id = h.scope_id and t.period = h.period and t.net = h.net)""", Integer.class);
        assertThat(strayBranchRows).isZero();
    }
}
