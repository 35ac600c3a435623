package cn.dangjian.points;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.NullMarked;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The few member facts points needs, read straight from the organisation tables. */
@Component
@NullMarked
class MemberDirectory {

    private final JdbcTemplate jdbc;

    MemberDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Member id to current branch id, for the ids that exist. */
    Map<Long, Long> branchesOf(Collection<Long> memberIds) {
        Map<Long, Long> result = new HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        StringJoiner in = new StringJoiner(",", "(", ")");
        memberIds.forEach(id -> in.add("?"));
        jdbc.query("select id, branch_id from party_member where id in " + in,
                rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                }, memberIds.toArray());
        return result;
    }

    long branchOf(long memberId) {
        Long b = branchesOf(java.util.List.of(memberId)).get(memberId);
        if (b == null) {
            throw new cn.dangjian.common.NotFoundException();
        }
        return b;
    }

    /** The branches on whose committee the member sits. */
    java.util.List<Long> committeeBranchesOf(long memberId) {
        return jdbc.queryForList("select branch_id from committee_member where member_id = ?", Long.class, memberId);
    }
}
