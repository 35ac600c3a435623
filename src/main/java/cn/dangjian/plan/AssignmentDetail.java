package cn.dangjian.plan;

import cn.dangjian.calendar.HeldEvent;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One assignment with its task, its history, the held events linked as evidence (or, while it is open,
 * those that would be linked now) and its files.
 */
public record AssignmentDetail(
        AssignmentRow row,
        TaskInput task,
        @Nullable String reportText,
        @Nullable BigDecimal reportNumber,
        List<AssignmentStep> steps,
        List<HeldEvent> events,
        List<FileRef> files,
        boolean canReport,
        boolean canReview) {

    /** An evidence file's id and name (its bytes come through the service). */
    public record FileRef(long id, String name, int sizeBytes) {}
}
