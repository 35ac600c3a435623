package cn.dangjian.pairing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A party joining an alliance: exactly one of a branch and an external unit. */
public record PartyInput(
        @Nullable Long branchId,
        @Nullable Long externalUnitId,
        @NotNull(message = "{validation.required}") AllianceRole role,
        @NotNull(message = "{validation.required}") LocalDate joinedOn,
        @Nullable LocalDate leftOn,

        @Size(max = 50, message = "{validation.tooLong}") @Nullable
        String contactPerson,

        @Size(max = 30, message = "{validation.tooLong}") @Nullable
        String contactPhone) {}
