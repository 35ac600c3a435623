package cn.dangjian.pairing.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A resource a branch offers, with how much of it there is and whom to ask. */
public record ResourceInput(
        @NotNull(message = "{validation.required}") Long branchId,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String title,

        @Size(max = 1000, message = "{validation.tooLong}") @Nullable
        String description,

        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        String capacity,

        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        String contact) {}
