package cn.dangjian.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A piece of evidence as the secretary records it. */
public record EvidenceForm(
        @NotNull(message = "{validation.required}") EvidenceKind kind,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String title,

        @NotNull(message = "{validation.required}") LocalDate happenedOn,

        @Size(max = 2000, message = "{validation.tooLong}") @Nullable
        String description,

        Set<Long> goalIds) {}
