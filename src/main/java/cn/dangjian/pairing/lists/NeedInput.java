package cn.dangjian.pairing.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A need as raised: by a branch ({@code raisedByBranchId}) or, through the office, by an external unit
 * ({@code raisedByUnitId}); addressed to the other parties of {@code pairingId}, or to the open list when null.
 */
public record NeedInput(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String title,

        @NotNull(message = "{validation.required}") NeedKind kind,

        @Size(max = 2000, message = "{validation.tooLong}") @Nullable
        String description,

        @NotNull(message = "{validation.required}") LocalDate wantedBy,
        @Nullable Long raisedByBranchId,
        @Nullable Long raisedByUnitId,
        @Nullable Long pairingId) {}
