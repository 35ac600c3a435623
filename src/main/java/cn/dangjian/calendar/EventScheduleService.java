package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scheduling: new events, edits of planned ones, moves, and cancellation. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class EventScheduleService {

    private final CalendarEventRepository events;
    private final AttendanceRepository attendance;
    private final EventTypeRepository types;
    private final CalendarAccess access;
    private final CalendarParties parties;
    private final AttendanceService attendanceService;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final AuditService audit;
    private final EntityManager em;

    EventScheduleService(
            CalendarEventRepository events,
            AttendanceRepository attendance,
            EventTypeRepository types,
            CalendarAccess access,
            CalendarParties parties,
            AttendanceService attendanceService,
            CurrentUser currentUser,
            Validation validation,
            AuditService audit,
            EntityManager em) {
        this.events = events;
        this.attendance = attendance;
        this.types = types;
        this.access = access;
        this.parties = parties;
        this.attendanceService = attendanceService;
        this.currentUser = currentUser;
        this.validation = validation;
        this.audit = audit;
        this.em = em;
    }

    /** Schedules a new event or changes a planned one. Expected participants follow the audience. */
    @Transactional
    public CalendarEvent save(EventInput in) {
        if (in.branchId() == null) {
            throw new BusinessException("validation.required", "branch");
        }
        if (in.id() != null) {
            access.editable(in.id()); // first, so a partner branch hears that only the organiser changes it
        }
        currentUser.requireCanEditBranch(in.branchId());
        boolean create = in.id() == null;
        if (create && in.creationKey() != null) {
            Optional<CalendarEvent> earlier = earlierOfSameDialog(in);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (in.title() != null && in.title().trim().length() > CalendarEvent.TITLE_MAX) {
            throw new BusinessException("calendar.event.titleTooLong", CalendarEvent.TITLE_MAX);
        }
        CalendarEvent target = create ? new CalendarEvent() : access.editable(in.id());
        EventType type = checkChange(in, target, create);
        Map<String, Object> before = create ? Map.of() : target.auditSnapshot();
        JointChange joint = JointChange.of(target);
        apply(in, target, type);
        if (create) {
            target.setCreationKey(checkedCreationKey(in.creationKey()));
        }
        validation.check(target);
        Set<Long> expected =
                parties.expectedMembers(in.branchId(), target.getPairingId(), in.audience(), in.listMembers());
        CalendarEvent saved = events.saveAndFlush(target);
        if (saved.getStatus() == EventStatus.PLANNED) {
            syncExpected(saved.getId(), expected);
        } else if (joint.changed(saved)) {
            // Linked to a pairing (or its goals or head counts changed) after it was held: the evidence follows.
            attendanceService.publish(saved, attendance.findByEvent(saved.getId()));
        }
        audit.record(
                "CalendarEvent",
                saved.getId(),
                create ? "CREATE" : "UPDATE",
                saved.getTitle(),
                before,
                saved.auditSnapshot());
        return saved;
    }

    /** A second click (or a resent request) of the same new-event dialog finds the first event. */
    private Optional<CalendarEvent> earlierOfSameDialog(EventInput in) {
        Optional<CalendarEvent> earlier = em.createQuery(
                        "select e from CalendarEvent e join fetch e.eventType where e.creationKey = :key",
                        CalendarEvent.class)
                .setParameter("key", in.creationKey())
                .getResultStream()
                .findFirst();
        if (earlier.isPresent() && !Objects.equals(earlier.get().getBranchId(), in.branchId())) {
            throw new BusinessException("error.conflict");
        }
        return earlier;
    }

    /** Everything that refuses the change before anything is written; returns the event's new type. */
    private @Nullable EventType checkChange(EventInput in, CalendarEvent target, boolean create) {
        if (target.getVersion() != in.version()) {
            throw new BusinessException("error.conflict");
        }
        if (!create && !Objects.equals(target.getBranchId(), in.branchId())) {
            throw new BusinessException("calendar.event.branchFixed");
        }
        if (target.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("calendar.event.cancelled");
        }
        EventType type =
                in.typeId() == null ? null : types.findById(in.typeId()).orElseThrow(NotFoundException::new);
        if (type != null && !type.isActive() && (create || !type.equals(target.getEventType()))) {
            throw new BusinessException("calendar.type.inactive");
        }
        checkTimes(in.start(), in.end());
        if (!create
                && target.getStatus() == EventStatus.HELD
                && (!Objects.equals(target.getStartAt(), in.start()) || !Objects.equals(target.getEndAt(), in.end()))) {
            throw new BusinessException("calendar.event.onlyPlannedMoves");
        }
        return type;
    }

    private void apply(EventInput in, CalendarEvent target, @Nullable EventType type) {
        long branchId = Objects.requireNonNull(in.branchId());
        target.setBranchId(branchId);
        target.setEventType(type);
        target.setTitle(in.title() == null ? "" : in.title().trim());
        target.setStartAt(in.start());
        target.setEndAt(in.end());
        target.setPlace(blankToNull(in.place()));
        target.setPartners(blankToNull(in.partners()));
        target.setAudience(in.audience());
        // An event keeps the pairing it was saved under even after that pairing ended; a new choice must be live.
        Long pairingId = in.pairingId() != null && in.pairingId().equals(target.getPairingId())
                ? in.pairingId()
                : parties.checkedPairing(branchId, in.pairingId());
        target.setPairingId(pairingId);
        JointFacts joint = target.getJoint();
        joint.setPartnerBranchIds(parties.partnerBranches(branchId, pairingId));
        joint.setGoalIds(parties.checkedGoals(branchId, pairingId, in.goalIds()));
        joint.setExternalParticipants(checkedCount(in.externalParticipants()));
        boolean service = type != null && EventTypeCodes.VOLUNTEER_SERVICE.equals(type.getCode());
        joint.setPeopleServed(service ? checkedCount(in.peopleServed()) : null);
    }

    private static @Nullable Integer checkedCount(@Nullable Integer count) {
        if (count != null && (count < 0 || count > JointFacts.MAX_PEOPLE)) {
            throw new BusinessException("calendar.event.peopleOutOfRange", JointFacts.MAX_PEOPLE);
        }
        return count;
    }

    static void checkTimes(@Nullable LocalDateTime start, @Nullable LocalDateTime end) {
        if (start == null || end == null) {
            throw new BusinessException("validation.required", start == null ? "start" : "end");
        }
        if (!end.isAfter(start)) {
            throw new BusinessException("calendar.event.endBeforeStart");
        }
        if (Duration.between(start, end).toDays() > 7) {
            throw new BusinessException("calendar.event.tooLong");
        }
    }

    private static @Nullable String checkedCreationKey(@Nullable String key) {
        if (key != null && !key.matches("[0-9a-fA-F-]{1,36}")) {
            throw new BusinessException("error.conflict");
        }
        return key;
    }

    private void syncExpected(long eventId, Set<Long> expected) {
        List<Attendance> rows = attendance.findByEvent(eventId);
        Set<Long> have = new HashSet<>();
        for (Attendance a : rows) {
            if (!expected.contains(a.getMemberId())) {
                attendance.delete(a);
            } else {
                have.add(a.getMemberId());
            }
        }
        List<Attendance> added = new ArrayList<>();
        for (Long id : expected) {
            if (!have.contains(id)) {
                added.add(new Attendance(eventId, id));
            }
        }
        attendance.saveAll(added);
        attendance.flush();
    }

    /** Moves a planned event (drag and drop in the calendar), keeping its length. */
    @Transactional
    public CalendarEvent reschedule(long id, long version, LocalDateTime start, LocalDateTime end) {
        CalendarEvent e = access.editable(id);
        if (e.getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
        if (e.getStatus() != EventStatus.PLANNED) {
            throw new BusinessException("calendar.event.onlyPlannedMoves");
        }
        checkTimes(start, end);
        Map<String, Object> before = e.auditSnapshot();
        e.setStartAt(start);
        e.setEndAt(end);
        CalendarEvent saved = events.saveAndFlush(e);
        audit.record("CalendarEvent", id, "UPDATE", e.getTitle(), before, saved.auditSnapshot());
        return saved;
    }

    /** Cancels an event; cancelling a held one withdraws it (listeners undo what they derived). */
    @Transactional
    public CalendarEvent cancel(long id, long version) {
        CalendarEvent e = access.editable(id);
        if (e.getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
        if (e.getStatus() == EventStatus.CANCELLED) {
            return e;
        }
        boolean wasHeld = e.getStatus() == EventStatus.HELD;
        Map<String, Object> before = e.auditSnapshot();
        e.setStatus(EventStatus.CANCELLED);
        CalendarEvent saved = events.saveAndFlush(e);
        audit.record("CalendarEvent", id, "CANCEL", e.getTitle(), before, saved.auditSnapshot());
        if (wasHeld) {
            attendanceService.publish(saved, attendance.findByEvent(id));
        }
        return saved;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
