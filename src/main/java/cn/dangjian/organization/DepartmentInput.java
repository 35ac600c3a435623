package cn.dangjian.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A 科室 as its form edits it; {@code version} is the one the form loaded. */
public record DepartmentInput(
        @Nullable Long id,
        long version,

        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        String name,

        @NotNull(message = "{validation.required}") DepartmentKind kind,
        @Nullable Long campusId) {

    /** A new department with the entity's defaults. */
    public static DepartmentInput blank() {
        return new DepartmentInput(null, 0, "", DepartmentKind.CLINICAL, null);
    }

    /** The department as its form edits it (read inside the transaction that loaded it, or from a list row). */
    public static DepartmentInput of(Department d) {
        return new DepartmentInput(
                d.getId(),
                d.getVersion(),
                d.getName(),
                d.getKind(),
                d.getCampus() == null ? null : d.getCampus().getId());
    }
}
