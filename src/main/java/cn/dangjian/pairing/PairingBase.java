package cn.dangjian.pairing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One pairing's columns as read by the list query, before health is computed. */
record PairingBase(
        Long id,
        PairingKind kind,
        Long branchId,
        String branchName,
        @Nullable Long partnerBranchId,
        @Nullable String partnerBranchName,
        @Nullable String unitName,
        @Nullable AllianceLevel unitLevel,
        PairingStatus status,
        String agreementTitle,
        LocalDate termStart,
        LocalDate termEnd) {

    String partnerName() {
        return partnerBranchName != null ? partnerBranchName : unitName == null ? "" : unitName;
    }

    AllianceLevel level() {
        return unitLevel == null ? AllianceLevel.HOSPITAL : unitLevel;
    }
}
