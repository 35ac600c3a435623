package cn.dangjian.pairing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An alliance as its list shows it, with its computed health (null unless live). */
public record AllianceRow(
        Long id,
        String name,
        AllianceLevel level,
        String leadName,
        PairingStatus status,
        LocalDate termStart,
        LocalDate termEnd,
        int internalParties,
        int externalParties,
        PairingHealthRule.@Nullable Verdict health,
        int recentEvidence) {

    public @Nullable PairingHealth healthValue() {
        return health == null ? null : health.health();
    }

    /** A party as the alliance's page lists it; {@code current} when it has not left by today. */
    public record Party(
            Long id,
            @Nullable Long branchId,
            @Nullable Long externalUnitId,
            String name,
            AllianceRole role,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn,
            @Nullable String contactPerson,
            @Nullable String contactPhone,
            boolean current) {}

    /** The parties of one alliance and whether the viewer may change them. */
    public record Parties(List<Party> parties, boolean canManage) {}
}
