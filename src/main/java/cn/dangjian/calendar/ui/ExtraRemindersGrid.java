package cn.dangjian.calendar.ui;

import cn.dangjian.common.contracts.ExtraReminders;
import cn.dangjian.common.ui.Badges;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/** The reminders other features add (key-task assignments), in a grid of their own below the duties. */
final class ExtraRemindersGrid {

    private ExtraRemindersGrid() {}

    static Grid<ExtraReminders.Item> of(List<ExtraReminders.Item> items) {
        Grid<ExtraReminders.Item> grid = new Grid<>();
        grid.setId("extra-reminder-grid");
        grid.addComponentColumn(i -> i.toReview()
                        ? Badges.warning(grid.getTranslation("calendar.reminders.toReview"))
                        : i.overdue()
                                ? Badges.error(grid.getTranslation("calendar.reminders.overdue"))
                                : Badges.warning(grid.getTranslation("calendar.reminders.soon")))
                .setHeader(grid.getTranslation("calendar.compliance.state"))
                .setAutoWidth(true);
        grid.addColumn(ExtraReminders.Item::owner)
                .setHeader(grid.getTranslation("calendar.event.branch"))
                .setAutoWidth(true);
        grid.addColumn(ExtraReminders.Item::title)
                .setHeader(grid.getTranslation("calendar.reminders.followUp"))
                .setFlexGrow(1);
        grid.addColumn(ExtraReminders.Item::dueDate)
                .setHeader(grid.getTranslation("calendar.compliance.dueDate"))
                .setAutoWidth(true);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setVisible(!items.isEmpty());
        return grid;
    }
}
