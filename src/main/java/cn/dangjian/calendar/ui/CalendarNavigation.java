package cn.dangjian.calendar.ui;

import com.vaadin.flow.router.RouterLink;

/** Links into the calendar's views for other features; the views themselves stay package-private. */
public final class CalendarNavigation {

    private CalendarNavigation() {}

    public static RouterLink calendar() {
        return new RouterLink(CalendarView.class);
    }

    public static RouterLink compliance() {
        return new RouterLink(ComplianceView.class);
    }

    public static RouterLink reminders() {
        return new RouterLink(RemindersView.class);
    }
}
