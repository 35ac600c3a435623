package cn.dangjian.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind {@link OrganizationDirectory}'s lookups by key. Plain JDBC on purpose: the points leaderboard
 * and the calendar's attendance listener call these on every page or save, and a primary-key read through
 * JDBC costs a fraction of a JPA query (and flushes nothing of the caller's persistence context).
 */
@Component
class MemberLookups {

    private final JdbcTemplate jdbc;

    MemberLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Member id to current branch id, for the ids that exist. */
    Map<Long, Long> branchesOf(Collection<Long> memberIds) {
        Map<Long, Long> result = new HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        jdbc.query(
                "select id, branch_id from party_member where id in " + placeholders(memberIds.size()),
                rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                },
                memberIds.toArray());
        return result;
    }

    /**
     * Names and branch names by primary keys. STRAIGHT_JOIN keeps the members first: left to itself the
     * optimiser started from the branches and scanned their members, 30 ms on 120,000 members.
     */
    Map<Long, MemberLabel> labels(Collection<Long> memberIds) {
        Map<Long, MemberLabel> result = new HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        jdbc.query(
                "select m.id, m.name, m.branch_id, b.name from party_member m straight_join party_branch b"
                        + " on b.id = m.branch_id where m.id in " + placeholders(memberIds.size()),
                rs -> {
                    result.put(
                            rs.getLong(1),
                            new MemberLabel(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                },
                memberIds.toArray());
        return result;
    }

    List<Long> committeeBranchesOf(long memberId) {
        return jdbc.queryForList("select branch_id from committee_member where member_id = ?", Long.class, memberId);
    }

    long memberCount() {
        Long n = jdbc.queryForObject("select count(*) from party_member", Long.class);
        return n == null ? 0 : n;
    }

    /** Branch id to its number of members, for the branches that have any. */
    Map<Long, Long> memberCountsByBranch() {
        Map<Long, Long> result = new HashMap<>();
        jdbc.query("select branch_id, count(*) from party_member group by branch_id", rs -> {
            result.put(rs.getLong(1), rs.getLong(2));
        });
        return result;
    }

    /** Term ends of the serving branches that have one. */
    Map<Long, LocalDate> committeeTermEnds() {
        Map<Long, LocalDate> ends = new HashMap<>();
        jdbc.query("select id, term_end from party_branch where term_end is not null and dissolved_on is null", rs -> {
            ends.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
        });
        return ends;
    }

    /** Every branch, by code. */
    List<BranchRef> branches() {
        return jdbc.query(
                "select id, code, name, kind, founded_on, dissolved_on from party_branch order by code",
                (rs, i) -> new BranchRef(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        BranchKind.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)));
    }

    /**
     * Members by name (the database's collation, as the lists that show them sort): of one branch, of a branch
     * and one more member, or of the whole hospital (both null).
     */
    List<MemberRef> membersByName(@Nullable Long branchId, @Nullable Long alsoMemberId) {
        String where = branchId == null ? "" : " where branch_id = ?" + (alsoMemberId == null ? "" : " or id = ?");
        List<Long> args = new ArrayList<>(2);
        if (branchId != null) {
            args.add(branchId);
            if (alsoMemberId != null) {
                args.add(alsoMemberId);
            }
        }
        return jdbc.query(
                "select id, name, staff_number, branch_id, status from party_member" + where + " order by name",
                (rs, i) -> new MemberRef(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        MemberStatus.valueOf(rs.getString(5))),
                args.toArray());
    }

    private static String placeholders(int n) {
        StringJoiner in = new StringJoiner(",", "(", ")");
        for (int i = 0; i < n; i++) {
            in.add("?");
        }
        return in.toString();
    }
}
