package cn.dangjian.points;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** SHA-256 over an entry's content and the hash of the same member's previous entry. */
@NullMarked
public final class LedgerHash {

    public static final String GENESIS = "0".repeat(64);

    private LedgerHash() {
    }

    public static String of(long memberId, long branchId, int seq, long ruleId, int points, LocalDate date,
            String sourceType, @Nullable Long sourceId, @Nullable Long reversesId, @Nullable String reason,
            String recordedBy, @Nullable String approvedBy, String prevHash) {
        String content = memberId + "|" + branchId + "|" + seq + "|" + ruleId + "|" + points + "|" + date + "|"
                + sourceType + "|" + nz(sourceId) + "|" + nz(reversesId) + "|" + nz(reason) + "|" + recordedBy + "|"
                + nz(approvedBy) + "|" + prevHash;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(@Nullable Object o) {
        return o == null ? "" : o.toString();
    }
}
