package cn.dangjian.organization;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One row of the branches list, with the organisation rules already applied. */
public record BranchSummary(
        Long id,
        String code,
        String name,
        BranchKind kind,
        @Nullable String campus,
        String departments,
        long fullMembers,
        long probationaryMembers,
        int committeeSeats,
        @Nullable String secretary,
        @Nullable LocalDate termStart,
        @Nullable LocalDate termEnd,
        List<BranchWarning> warnings) {

    public long members() {
        return fullMembers + probationaryMembers;
    }
}
