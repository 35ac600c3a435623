package cn.dangjian.pairing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A review as submitted: the figures (as prefilled, possibly corrected), the comments and the outcome. */
public record ReviewInput(
        @NotNull(message = "{validation.required}") @Valid ReviewFigures figures,

        @Size(max = 1000, message = "{validation.tooLong}") @Nullable
        String leadComment,

        @Size(max = 2000, message = "{validation.tooLong}") @Nullable
        String partnerComments,

        @NotNull(message = "{validation.required}") ReviewOutcome outcome) {}
