package cn.dangjian.points;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A ledger row as stored, with the seals it should carry: for verification and the one-time reseal. */
record StoredEntry(
        long id,
        long memberId,
        long branchId,
        int seq,
        long ruleId,
        int points,
        LocalDate date,
        String sourceType,
        @Nullable Long sourceId,
        @Nullable Long reversesId,
        @Nullable String reason,
        String recordedBy,
        @Nullable String approvedBy,
        String prevHash,
        String hash,
        @Nullable String keyId) {

    static final String COLUMNS = """
            id, member_id, branch_id, seq, rule_id, points, entry_date, source_type, source_id, reverses_id, reason,
            recorded_by, approved_by, prev_hash, hash, key_id""";

    static StoredEntry of(ResultSet rs) throws SQLException {
        return new StoredEntry(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getInt(4),
                rs.getLong(5),
                rs.getInt(6),
                rs.getObject(7, LocalDate.class),
                rs.getString(8),
                rs.getObject(9, Long.class),
                rs.getObject(10, Long.class),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16));
    }

    /** The seal this entry should carry under {@code key} after {@code prev}. */
    String hmac(ChainKey key, String prev) {
        return key.mac(content(prev));
    }

    /** The unkeyed seal of the first ledger. */
    String sha256(String prev) {
        return LedgerHash.sha256(content(prev));
    }

    private String content(String prev) {
        return LedgerHash.content(
                memberId,
                branchId,
                seq,
                ruleId,
                points,
                date,
                sourceType,
                sourceId,
                reversesId,
                reason,
                recordedBy,
                approvedBy,
                prev);
    }
}
