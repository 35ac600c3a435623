package cn.dangjian.points;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The seal of a ledger entry: HMAC-SHA256, under a configured {@link ChainKey}, of the entry's content and the
 * seal of the same member's previous entry. A plain SHA-256 anyone can recompute; without the key a forger who
 * rewrites an entry cannot produce the seals of it and its successors. {@link #sha256} is the seal of entries
 * written before keys existed, used only to check them once before they are resealed ({@link LegacyReseal}).
 */
public final class LedgerHash {

    public static final String GENESIS = "0".repeat(64);

    private LedgerHash() {}

    public static String hmac(
            ChainKey key,
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
            String prevHash) {
        return key.mac(content(
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
                prevHash));
    }

    /** The unkeyed SHA-256 of an entry's {@link #content}. */
    static String sha256(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unkeyed seal of the first ledger (before 0006): anyone with the data can recompute it. */
    public static String sha256(
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
            String prevHash) {
        return sha256(content(
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
                prevHash));
    }

    /** What a seal covers: the entry's fields and the previous seal, in one fixed order. */
    static String content(
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
            String prevHash) {
        return memberId + "|" + branchId + "|" + seq + "|" + ruleId + "|" + points + "|" + date + "|" + sourceType + "|"
                + nz(sourceId) + "|" + nz(reversesId) + "|" + nz(reason) + "|" + recordedBy + "|" + nz(approvedBy) + "|"
                + prevHash;
    }

    private static String nz(@Nullable Object o) {
        return o == null ? "" : o.toString();
    }
}
