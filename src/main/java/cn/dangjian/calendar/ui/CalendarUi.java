package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.AttendanceService;
import cn.dangjian.calendar.CalendarService;
import cn.dangjian.calendar.ComplianceService;
import cn.dangjian.calendar.EventPhotoService;
import cn.dangjian.calendar.EventScheduleService;
import cn.dangjian.calendar.EventType;
import cn.dangjian.calendar.EventTypeService;
import cn.dangjian.calendar.FeedService;
import cn.dangjian.calendar.PlanEventService;
import cn.dangjian.calendar.PlanService;
import cn.dangjian.calendar.SignInService;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the calendar's views and dialogs share: services, the viewer, types and branches for labels. */
@Component
class CalendarUi {

    final CalendarService calendar;
    final EventScheduleService schedule;
    final AttendanceService attendance;
    final EventPhotoService photos;
    final EventTypeService typeService;
    final OrganizationDirectory organization;
    final CurrentUser currentUser;
    final FeedService feeds;
    final ComplianceService compliance;
    final SignInService signIns;
    final PlanService plans;
    final PlanEventService planEvents;
    /** The application's one clock, so that tests can pin "today". */
    final Clock clock;

    CalendarUi(
            CalendarService calendar,
            EventScheduleService schedule,
            AttendanceService attendance,
            EventPhotoService photos,
            EventTypeService typeService,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            FeedService feeds,
            ComplianceService compliance,
            SignInService signIns,
            PlanService plans,
            PlanEventService planEvents,
            Clock clock) {
        this.calendar = calendar;
        this.schedule = schedule;
        this.attendance = attendance;
        this.photos = photos;
        this.typeService = typeService;
        this.organization = organization;
        this.currentUser = currentUser;
        this.feeds = feeds;
        this.compliance = compliance;
        this.signIns = signIns;
        this.plans = plans;
        this.planEvents = planEvents;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime currentTime() {
        return LocalDateTime.now(clock);
    }

    AppUser user() {
        return currentUser.require();
    }

    Map<Long, EventType> types() {
        Map<Long, EventType> m = new LinkedHashMap<>();
        typeService.types().forEach(t -> m.put(t.getId(), t));
        return m;
    }

    Map<Long, BranchRef> branchMap() {
        Map<Long, BranchRef> m = new LinkedHashMap<>();
        organization.branches().stream()
                .sorted(Comparator.comparing(BranchRef::code))
                .forEach(b -> m.put(b.id(), b));
        return m;
    }

    /** The branches the viewer may schedule events for. */
    List<BranchRef> editableBranches() {
        AppUser u = user();
        return branchMap().values().stream()
                .filter(b -> u.isAdmin() || (u.isSecretary() && b.id().equals(u.branchId())))
                .toList();
    }

    static String typeName(EventType t, Locale locale) {
        return t.name(locale);
    }
}
