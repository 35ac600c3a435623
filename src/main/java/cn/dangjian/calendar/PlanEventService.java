package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretary's answers to a generated plan (decision 0020): confirm an event as generated, drop one with a
 * reason. Moving is editing the date ({@link EventScheduleService#save}, or dragging), which also counts as
 * confirming. Own branch only (administrators: any), through {@link CalendarAccess#editable}.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class PlanEventService {

    static final int REASON_MAX = 200;

    private final CalendarAccess access;
    private final EventScheduleService schedule;
    private final CalendarEventRepository events;
    private final AuditService audit;
    private final Clock clock;

    PlanEventService(
            CalendarAccess access,
            EventScheduleService schedule,
            CalendarEventRepository events,
            AuditService audit,
            Clock clock) {
        this.access = access;
        this.schedule = schedule;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** For the dialog of any event the viewer may read (members included). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PlanMark mark(long eventId) {
        CalendarEvent e = access.readable(eventId);
        boolean generated = e.getPlanPeriod() != null;
        // Version 0: saved once, by the generation, and never changed since (moved, edited, held, cancelled).
        boolean untouched = generated && e.getVersion() == 0 && e.getConfirmedAt() == null;
        return new PlanMark(
                generated, untouched && e.getStatus() == EventStatus.PLANNED, e.getConfirmedAt(), e.getCancelReason());
    }

    /** The secretary keeps the generated date and place: the calendar shows it as confirmed. */
    @Transactional
    public CalendarEvent confirm(long eventId, long version) {
        CalendarEvent e = access.editable(eventId);
        if (e.getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
        if (e.getStatus() != EventStatus.PLANNED) {
            throw new BusinessException("calendar.event.onlyPlannedConfirm");
        }
        if (e.getConfirmedAt() != null) {
            return e;
        }
        Map<String, Object> before = e.auditSnapshot();
        e.setConfirmedAt(LocalDateTime.now(clock));
        CalendarEvent saved = events.saveAndFlush(e);
        audit.record("CalendarEvent", eventId, "CONFIRM", e.getTitle(), before, saved.auditSnapshot());
        return saved;
    }

    /** Cancels (drops) the event as {@link EventScheduleService#cancel} does, keeping the reason given. */
    @Transactional
    public CalendarEvent cancel(long eventId, long version, @Nullable String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why != null && why.length() > REASON_MAX) {
            throw new BusinessException("calendar.event.reasonTooLong", REASON_MAX);
        }
        CalendarEvent cancelled = schedule.cancel(eventId, version);
        if (why != null && !why.equals(cancelled.getCancelReason())) {
            cancelled.setCancelReason(why);
            return events.saveAndFlush(cancelled);
        }
        return cancelled;
    }
}
