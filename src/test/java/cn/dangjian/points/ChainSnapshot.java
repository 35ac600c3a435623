package cn.dangjian.points;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** A member's ledger rows and chain head as they are, to put back after a test has forged them. */
final class ChainSnapshot {

    private final JdbcTemplate jdbc;
    private final long memberId;
    private final List<Map<String, Object>> rows;
    private final Map<String, Object> head;

    ChainSnapshot(JdbcTemplate jdbc, long memberId) {
        this.jdbc = jdbc;
        this.memberId = memberId;
        this.rows = jdbc.queryForList(
                "select id, points, prev_hash, hash, key_id from points_entry where member_id = ? order by seq",
                memberId);
        this.head = jdbc.queryForMap("select seq, last_hash from points_chain_head where member_id = ?", memberId);
    }

    List<StoredEntry> entries() {
        return jdbc.query(
                "select " + StoredEntry.COLUMNS + " from points_entry where member_id = ? order by seq",
                (rs, i) -> StoredEntry.of(rs),
                memberId);
    }

    /** Rewrites every seal from {@code fromSeq} on as plain SHA-256, as someone with only database access can. */
    void resealPlain(int fromSeq, boolean clearKeyIds) {
        String prev = LedgerHash.GENESIS;
        for (StoredEntry e : entries()) {
            if (e.seq() >= fromSeq) {
                String hash = e.sha256(prev);
                jdbc.update(
                        "update points_entry set prev_hash = ?, hash = ?" + (clearKeyIds ? ", key_id = null" : "")
                                + " where id = ?",
                        prev,
                        hash,
                        e.id());
                prev = hash;
            } else {
                prev = e.hash();
            }
        }
        jdbc.update("update points_chain_head set last_hash = ? where member_id = ?", prev, memberId);
    }

    void restore() {
        for (Map<String, Object> r : rows) {
            jdbc.update(
                    "update points_entry set points = ?, prev_hash = ?, hash = ?, key_id = ? where id = ?",
                    r.get("points"),
                    r.get("prev_hash"),
                    r.get("hash"),
                    r.get("key_id"),
                    r.get("id"));
        }
        jdbc.update(
                "update points_chain_head set seq = ?, last_hash = ? where member_id = ?",
                head.get("seq"),
                head.get("last_hash"),
                memberId);
    }
}
