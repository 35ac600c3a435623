package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.EventAttendanceChanged;
import cn.dangjian.common.db.RetryOnConflict;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording an event as held with its attendance, and telling the other features what was recorded. */
@Service
@RetryOnConflict
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class AttendanceService {

    private final CalendarEventRepository events;
    private final AttendanceRepository attendance;
    private final CalendarAccess access;
    private final CalendarParties parties;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AttendanceService(
            CalendarEventRepository events,
            AttendanceRepository attendance,
            CalendarAccess access,
            CalendarParties parties,
            AuditService audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.attendance = attendance;
        this.access = access;
        this.parties = parties;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Records the event as held (or corrects the attendance of a held event) in one step: present
     * and on-leave members, everybody else expected is absent. Publishes {@link EventAttendanceChanged}.
     */
    @Transactional
    public CalendarEvent recordHeld(HeldInput in) {
        CalendarEvent e = access.attendable(in.eventId());
        if (e.getVersion() != in.version()) {
            throw new BusinessException("error.conflict");
        }
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("calendar.event.cancelled");
        }
        LocalDate held = e.getStartAt().toLocalDate();
        if (held.isAfter(LocalDate.now(clock))) {
            throw new BusinessException("calendar.event.heldInFuture");
        }
        String minutes = EventScheduleService.blankToNull(in.minutes());
        if (minutes != null && minutes.length() > 500) {
            throw new BusinessException("validation.tooLong", "minutes");
        }
        // Each party's secretary records the own members only; the organiser's also marks the event held.
        boolean organiser = access.canEditBranch(e.getBranchId());
        Set<Long> scope = access.recordableMembers();
        List<Attendance> all = attendance.findByEvent(e.getId());
        List<Attendance> rows = all.stream()
                .filter(a -> scope == null || scope.contains(a.getMemberId()))
                .toList();
        checkNamed(in, rows, all);
        Map<String, Object> before = e.auditSnapshot();
        before.put("attendance", attendanceSummary(all));
        apply(in, rows);
        attendance.saveAll(rows);
        if (organiser) {
            e.setStatus(EventStatus.HELD);
            e.setHeldDate(held);
            e.setMinutes(minutes);
        }
        CalendarEvent saved = organiser ? events.saveAndFlush(e) : e;
        attendance.flush();
        Map<String, Object> after = saved.auditSnapshot();
        after.put("attendance", attendanceSummary(all));
        audit.record(
                "CalendarEvent", saved.getId(), organiser ? "HELD" : "ATTENDANCE", saved.getTitle(), before, after);
        if (saved.getStatus() == EventStatus.HELD) {
            publish(saved, all);
        }
        return saved;
    }

    /** Only expected members within the recorder's reach may be marked, and nobody both present and on leave. */
    private void checkNamed(HeldInput in, List<Attendance> rows, List<Attendance> all) {
        Set<Long> named = new LinkedHashSet<>(in.present());
        named.addAll(in.onLeave().keySet());
        Set<Long> outside = new LinkedHashSet<>(named);
        outside.removeAll(all.stream().map(Attendance::getMemberId).collect(Collectors.toSet()));
        if (!outside.isEmpty()) {
            String names = parties.names(outside);
            throw new BusinessException(
                    "calendar.attendance.notExpected", names.isEmpty() ? outside.toString() : names);
        }
        Set<Long> foreign = new LinkedHashSet<>(named);
        foreign.removeAll(rows.stream().map(Attendance::getMemberId).collect(Collectors.toSet()));
        if (!foreign.isEmpty()) {
            throw new BusinessException("calendar.joint.ownMembersOnly");
        }
        for (Long id : in.onLeave().keySet()) {
            if (in.present().contains(id)) {
                throw new BusinessException("calendar.attendance.presentAndLeave");
            }
        }
    }

    private static void apply(HeldInput in, List<Attendance> rows) {
        for (Attendance a : rows) {
            long m = a.getMemberId();
            if (in.present().contains(m)) {
                a.setStatus(AttendanceStatus.PRESENT);
                a.setLeaveReason(null);
            } else if (in.onLeave().containsKey(m)) {
                a.setStatus(AttendanceStatus.LEAVE);
                String reason = EventScheduleService.blankToNull(in.onLeave().get(m));
                a.setLeaveReason(reason == null ? null : reason.length() > 200 ? reason.substring(0, 200) : reason);
            } else {
                a.setStatus(AttendanceStatus.ABSENT);
                a.setLeaveReason(null);
            }
        }
    }

    /**
     * Tells the listeners (points, pairing evidence) the event's attendance as it now stands.
     * No access rule of its own: only this package's classes call it, after their own checks.
     */
    @PreAuthorize("permitAll()")
    void publish(CalendarEvent e, List<Attendance> rows) {
        Set<Long> present = new HashSet<>();
        Set<Long> leave = new HashSet<>();
        Set<Long> absent = new HashSet<>();
        for (Attendance a : rows) {
            if (a.getStatus() == AttendanceStatus.PRESENT) {
                present.add(a.getMemberId());
            } else if (a.getStatus() == AttendanceStatus.LEAVE) {
                leave.add(a.getMemberId());
            } else if (a.getStatus() == AttendanceStatus.ABSENT) {
                absent.add(a.getMemberId());
            }
            // No status yet: a partner branch's member whose secretary has not recorded; nothing is derived.
        }
        EventType type = e.getEventType();
        double hours = Duration.between(e.getStartAt(), e.getEndAt()).toMinutes() / 60.0;
        LocalDate held = e.getHeldDate() == null ? e.getStartAt().toLocalDate() : e.getHeldDate();
        publisher.publishEvent(new EventAttendanceChanged(
                e.getId(),
                type.getCode(),
                e.getBranchId(),
                e.getPairingId(),
                e.getTitle(),
                held,
                hours,
                type.isStudy(),
                e.getStatus() == EventStatus.HELD,
                Set.copyOf(present),
                Set.copyOf(leave),
                Set.copyOf(absent),
                Set.copyOf(e.getJoint().getGoalIds()),
                e.getJoint().getExternalParticipants(),
                e.getJoint().getPeopleServed()));
    }

    private static String attendanceSummary(List<Attendance> rows) {
        Map<String, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(
                        a -> a.getStatus() == null ? "-" : a.getStatus().name(), TreeMap::new, Collectors.counting()));
        return counts.toString();
    }
}
