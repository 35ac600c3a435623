package cn.dangjian.organization;

import cn.dangjian.common.BusinessException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A branch as its form edits it, with the departments it covers; {@code version} is the one the form loaded. */
public record BranchInput(
        @Nullable Long id,
        long version,

        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}")
        String code,

        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        String name,

        @NotNull(message = "{validation.required}") BranchKind kind,
        @Nullable Long campusId,

        @PastOrPresent(message = "{validation.notFuture}") @Nullable
        LocalDate foundedOn,

        @Nullable LocalDate termStart,
        @Nullable LocalDate termEnd,

        @Size(max = 200, message = "{validation.tooLong}") @Nullable
        String brandProject,

        Set<Long> departmentIds) {

    public BranchInput {
        departmentIds = Set.copyOf(departmentIds);
    }

    /** The founding date, or {@code today} when left empty: a new branch is founded the day it is created. */
    LocalDate foundedOnOr(LocalDate today) {
        return foundedOn == null ? today : foundedOn;
    }

    @Nullable
    String brandProjectOrNull() {
        return brandProject == null || brandProject.isBlank() ? null : brandProject.trim();
    }

    void checkTerm() {
        if (termStart != null && termEnd != null && !termEnd.isAfter(termStart)) {
            throw new BusinessException("branch.termEndBeforeStart");
        }
    }

    /** A new branch with the entity's defaults. */
    public static BranchInput blank() {
        return new BranchInput(null, 0, "", "", BranchKind.CLINICAL, null, null, null, null, null, Set.of());
    }

    /** Read inside the transaction that loaded {@code b} with its departments. */
    static BranchInput of(Branch b) {
        return new BranchInput(
                b.getId(),
                b.getVersion(),
                b.getCode(),
                b.getName(),
                b.getKind(),
                b.getCampus() == null ? null : b.getCampus().getId(),
                b.getFoundedOn(),
                b.getTermStart(),
                b.getTermEnd(),
                b.getBrandProject(),
                b.getDepartments().stream().map(Department::getId).collect(Collectors.toSet()));
    }
}
