package cn.dangjian.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the members grid. */
public record MemberRow(
        Long id,
        String name,
        String staffNumber,
        Gender gender,
        @Nullable String department,
        String branch,
        Long branchId,
        MemberStatus status,
        LocalDate joinedDate,
        @Nullable String title,
        boolean departmentHead,
        boolean keyStaff,
        boolean partyWorker) {}
