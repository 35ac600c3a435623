package cn.dangjian.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An assignment as lists show it; {@code branchId} null is the Party office's own. */
public record AssignmentRow(
        long id,
        long version,
        long taskId,
        String taskTitle,
        String category,
        @Nullable Long branchId,
        @Nullable String branchName,
        AssignmentState state,
        LocalDate dueDate,
        boolean overdue,
        EvidenceKind evidenceKind,
        @Nullable LocalDate reportedOn,
        @Nullable String reportedBy) {}
