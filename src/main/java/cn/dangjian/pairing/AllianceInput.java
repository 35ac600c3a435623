package cn.dangjian.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new alliance: its name and level, the hospital branch that leads it, and the charter's title and term. */
public record AllianceInput(
        @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}")
        String allianceName,

        @NotNull(message = "{validation.required}") AllianceLevel allianceLevel,
        @NotNull(message = "{validation.required}") Long leadBranchId,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String agreementTitle,

        @NotNull(message = "{validation.required}") LocalDate termStart,
        @NotNull(message = "{validation.required}") LocalDate termEnd,

        @Size(max = 1000, message = "{validation.tooLong}") @Nullable
        String summary) {}
