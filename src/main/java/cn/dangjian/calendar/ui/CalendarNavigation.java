package cn.dangjian.calendar.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
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

    /** The calendar's address; it reads {@code ?date=yyyy-mm-dd&view=listMonth&branch=<id>}. */
    public static String calendarRoute() {
        return RouteConfiguration.forApplicationScope().getUrl(CalendarView.class);
    }

    /** The heatmap's address; it reads {@code ?year=&month=} (branches that missed a duty then) and {@code &band=}. */
    public static String complianceRoute() {
        return RouteConfiguration.forApplicationScope().getUrl(ComplianceView.class);
    }

    /** A branch's timetable; it reads {@code ?year=&month=&state=} (a {@code DueState}). */
    public static String branchComplianceRoute(long branchId) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(BranchComplianceView.class, new RouteParameters("branchId", String.valueOf(branchId)));
    }
}
