package cn.dangjian.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A 共建单位 as its form edits it; {@code version} is the one the form loaded. */
public record ExternalUnitInput(
        @Nullable Long id,
        long version,

        @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}")
        String name,

        @NotNull(message = "{validation.required}") ExternalUnitType type,
        @NotNull(message = "{validation.required}") AllianceLevel allianceLevel,

        @Size(max = 50, message = "{validation.tooLong}") @Nullable
        String contactPerson,

        @Size(max = 30, message = "{validation.tooLong}") @Nullable
        String contactPhone,

        @Size(max = 200, message = "{validation.tooLong}") @Nullable
        String address) {

    /** A new unit with the entity's defaults. */
    public static ExternalUnitInput blank() {
        return new ExternalUnitInput(null, 0, "", ExternalUnitType.OTHER, AllianceLevel.SOCIETY, null, null, null);
    }

    static ExternalUnitInput of(ExternalUnit u) {
        return new ExternalUnitInput(
                u.getId(),
                u.getVersion(),
                u.getName(),
                u.getType(),
                u.getAllianceLevel(),
                u.getContactPerson(),
                u.getContactPhone(),
                u.getAddress());
    }
}
