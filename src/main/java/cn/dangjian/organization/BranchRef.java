package cn.dangjian.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A branch as other features need it: for pickers, labels and filters; {@code foundedOn} is the day its duties
 * start from, {@code dissolvedOn} the day it was dissolved (撤销), null while it serves.
 */
public record BranchRef(
        Long id,
        String code,
        String name,
        BranchKind kind,
        LocalDate foundedOn,
        @Nullable LocalDate dissolvedOn) {

    /** A serving branch: the form most callers (and tests) need. */
    public BranchRef(Long id, String code, String name, BranchKind kind, LocalDate foundedOn) {
        this(id, code, name, kind, foundedOn, null);
    }

    public boolean dissolved() {
        return dissolvedOn != null;
    }

    @Override
    public String toString() {
        return name;
    }
}
