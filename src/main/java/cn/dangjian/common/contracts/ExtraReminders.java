package cn.dangjian.common.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * Reminders that features above the calendar add to its reminders list (the plan's key-task assignments);
 * the calendar reads them as {@code ObjectProvider<ExtraReminders>} and works without them.
 */
public interface ExtraReminders {

    /** The signed-in user's items due within {@code days} or overdue, overdue first. */
    List<Item> reminders(int days);

    /**
     * What is due: the owner's name (empty for the office), the title, its due date, whether it is late, and
     * whether it waits for the viewer's review rather than for the owner.
     */
    record Item(String owner, String title, LocalDate dueDate, boolean overdue, boolean toReview) {}
}
