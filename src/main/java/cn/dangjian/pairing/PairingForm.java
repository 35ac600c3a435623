package cn.dangjian.pairing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A pairing and its agreement as a form edits it; {@code version} is the one the form loaded. */
public record PairingForm(
        @Nullable Long id,
        long version,
        @NotNull(message = "{validation.required}") PairingKind kind,
        @NotNull(message = "{validation.required}") Long branchId,
        @Nullable Long partnerBranchId,
        @Nullable Long externalUnitId,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String agreementTitle,

        @Nullable LocalDate signedDate,
        @NotNull(message = "{validation.required}") LocalDate termStart,
        @NotNull(message = "{validation.required}") LocalDate termEnd,

        @Size(max = 100, message = "{validation.tooLong}") @Nullable
        String signatoryOwn,

        @Size(max = 100, message = "{validation.tooLong}") @Nullable
        String signatoryPartner,

        @Size(max = 1000, message = "{validation.tooLong}") @Nullable
        String summary,

        List<@Valid GoalForm> goals) {

    public record GoalForm(
            @Nullable Long id,
            @NotNull(message = "{validation.required}") GoalDimension dimension,

            @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}")
            String target,

            @Nullable Integer targetCount,
            @NotNull(message = "{validation.required}") LocalDate dueDate) {}
}
