package cn.dangjian.pairing;

import org.jspecify.annotations.Nullable;

/** What the pairings list is narrowed to; null means "any". */
public record PairingFilter(
        @Nullable Long branchId,
        @Nullable PairingKind kind,
        @Nullable PairingStatus status,
        @Nullable PairingHealth health) {

    public static PairingFilter none() {
        return new PairingFilter(null, null, null, null);
    }
}
