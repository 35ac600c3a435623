package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Points reads members through the organisation's read API now, not by joining its tables: the lists come out
 * as the joins that used to read them ordered them (net descending, then name in the database's collation).
 */
@IntegrationTest
class OrganisationReadsTest {

    @Autowired
    EvaluationService evaluation;

    @Autowired
    LeaderboardService boards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** The branch page's and evaluation's old statement, reduced to what defines the order. */
    private List<String> joinedOrder(String where, Object... args) {
        int year = LocalDate.now(clock).getYear();
        Object[] params = new Object[args.length + 1];
        params[0] = Periods.year(year);
        System.arraycopy(args, 0, params, 1, args.length);
        return jdbc.query(
                """
                select coalesce(t.net, 0), m.name, b.name from party_member m join party_branch b on b.id = m.branch_id
                  left join points_total t on t.member_id = m.id and t.period = ?""" + where + " order by coalesce(t.net, 0) desc, m.name",
                (rs, i) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3),
                params);
    }

    private static List<String> order(List<MemberScore> scores) {
        return scores.stream()
                .map(m -> m.net() + " " + m.name() + " " + m.branchName())
                .toList();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void branch_page_lists_members_as_the_join_did() {
        long c08 = jdbc.queryForObject("select id from party_branch where code = 'C08'", Long.class);
        int year = LocalDate.now(clock).getYear();
        assertThat(order(evaluation.branchMembers(c08, year)))
                .isNotEmpty()
                .containsExactlyElementsOf(joinedOrder(" where m.branch_id = ?", c08));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void evaluation_ranks_the_hospital_as_the_join_did() {
        int year = LocalDate.now(clock).getYear();
        List<String> expected = joinedOrder("");
        int top = Math.min(
                expected.size(), evaluation.evaluation(year).shortlist().size());
        assertThat(order(evaluation.evaluation(year).shortlist())).containsExactlyElementsOf(expected.subList(0, top));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void branch_board_counts_members_per_branch_as_the_join_did() {
        int period = Periods.year(LocalDate.now(clock).getYear());
        List<String> joined = jdbc.query("""
                select b.code, count(m.id) from party_branch b join party_member m on m.branch_id = b.id
                group by b.code order by b.code""", (rs, i) -> rs.getString(1) + " " + rs.getLong(2));
        assertThat(boards.branchBoard(period).stream()
                        .map(r -> r.code() + " " + r.members())
                        .sorted()
                        .toList())
                .containsExactlyElementsOf(joined);
    }
}
