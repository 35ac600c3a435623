package cn.dangjian.pairing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A pairing as the list shows it, with its computed health (null unless live). */
public record PairingRow(
        Long id,
        PairingKind kind,
        Long branchId,
        String branchName,
        @Nullable Long partnerBranchId,
        String partnerName,
        AllianceLevel level,
        PairingStatus status,
        String agreementTitle,
        LocalDate termStart,
        LocalDate termEnd,
        PairingHealthRule.@Nullable Verdict health,
        int recentEvidence,
        @Nullable LocalDate lastEvidence,
        int goalsDue,
        int goalsDueMet,
        boolean reviewDue) {

    public @Nullable PairingHealth healthValue() {
        return health == null ? null : health.health();
    }
}
