package cn.dangjian.organization;

import java.time.LocalDate;

/**
 * A branch as other features need it: for pickers, labels and filters; {@code foundedOn} is the day its duties
 * start from.
 */
public record BranchRef(Long id, String code, String name, BranchKind kind, LocalDate foundedOn) {

    @Override
    public String toString() {
        return name;
    }
}
