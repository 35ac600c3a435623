package cn.dangjian.calendar;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.audit.AuditService;
import cn.dangjian.common.contracts.EventAttendanceChanged;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.common.contracts.PairingDirectory;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.CommitteeSeat;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.MemberService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scheduling events, recording them as held with their attendance, and self sign-in. */
@Service
@NullMarked
public class CalendarService {

    private final CalendarEventRepository events;
    private final AttendanceRepository attendance;
    private final EventTypeRepository types;
    private final BranchService branches;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<PairingDirectory> pairings;
    private final EntityManager em;
    private final Clock clock;

    CalendarService(CalendarEventRepository events, AttendanceRepository attendance, EventTypeRepository types,
            BranchService branches, MemberService members, CurrentUser currentUser, Validation validation,
            AuditService audit, ApplicationEventPublisher publisher, ObjectProvider<PairingDirectory> pairings, EntityManager em, Clock clock) {
        this.events = events;
        this.attendance = attendance;
        this.types = types;
        this.branches = branches;
        this.members = members;
        this.currentUser = currentUser;
        this.validation = validation;
        this.audit = audit;
        this.publisher = publisher;
        this.pairings = pairings;
        this.em = em;
        this.clock = clock;
    }

    /**
     * The events overlapping [from, to) that the viewer may see: the whole hospital for admins and
     * leaders, otherwise the own branch plus hospital-wide events. One indexed query, no entity graph.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CalendarEntry> entries(LocalDate from, LocalDate to, CalendarFilter filter) {
        StringBuilder jpql = new StringBuilder("""
                select new cn.dangjian.calendar.CalendarEntry(e.id, e.title, e.startAt, e.endAt, t.id, t.color,
                  e.branchId, e.status) from CalendarEvent e join e.eventType t
                where e.startAt >= :earliest and e.startAt < :to and e.endAt >= :from""");
        Map<String, Object> params = new HashMap<>();
        params.put("earliest", from.minusDays(31).atStartOfDay());
        params.put("from", from.atStartOfDay());
        params.put("to", to.atStartOfDay());
        currentUser.branchScope().ifPresent(scope -> {
            jpql.append(" and (e.branchId = :scope or t.code = :hospital)");
            params.put("scope", scope);
            params.put("hospital", EventTypeCodes.HOSPITAL_EVENT);
        });
        if (filter.branchId() != null) {
            jpql.append(" and e.branchId = :branch");
            params.put("branch", filter.branchId());
        }
        if (!filter.typeIds().isEmpty()) {
            jpql.append(" and t.id in :types");
            params.put("types", filter.typeIds());
        }
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and e.status in :statuses");
            params.put("statuses", filter.statuses());
        }
        jpql.append(" order by e.startAt, e.id");
        TypedQuery<CalendarEntry> q = em.createQuery(jpql.toString(), CalendarEntry.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** Whether the viewer may change events of this branch (the calendar enables dragging with it). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canEditBranch(long branchId) {
        AppUser user = currentUser.require();
        return user.isAdmin() || (user.isSecretary() && Objects.equals(user.branchId(), branchId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EventDetail detail(long id) {
        CalendarEvent e = readable(id);
        return toDetail(e);
    }

    private EventDetail toDetail(CalendarEvent e) {
        List<Attendance> rows = attendance.findByEvent(e.getId());
        Map<Long, MemberRef> refs = attendeeNames(e, rows.stream().map(Attendance::getMemberId).toList());
        List<AttendeeRow> attendees = rows.stream()
                .map(a -> {
                    MemberRef m = refs.get(a.getMemberId());
                    return new AttendeeRow(a.getMemberId(), m == null ? "?" : m.name(), m == null ? "" : m.staffNumber(),
                            a.getStatus(), a.getLeaveReason(), a.getSignedInAt());
                })
                .sorted(java.util.Comparator.comparing(AttendeeRow::staffNumber))
                .toList();
        AppUser user = currentUser.require();
        boolean expected = user.memberId() != null && rows.stream().anyMatch(a -> a.getMemberId() == user.memberId());
        List<PhotoRef> photos = em.createQuery("""
                select new cn.dangjian.calendar.PhotoRef(p.id, p.fileName, p.contentType, p.sizeBytes)
                from EventPhoto p where p.eventId = :id order by p.id""", PhotoRef.class)
                .setParameter("id", e.getId()).getResultList();
        return new EventDetail(e.getId(), e.getVersion(), e.getBranchId(), branchName(e.getBranchId()),
                e.getEventType().getId(), e.getTitle(), e.getStartAt(), e.getEndAt(), e.getPlace(), e.getPartners(),
                e.getAudience(), e.getStatus(), e.getHeldDate(), e.getMinutes(), e.getPairingId(), e.getPairingGoalId(),
                attendees, photos, canEditBranch(e.getBranchId()), expected);
    }

    /**
     * Names of the event's expected members: the viewer's own scope, and for whoever may change the event
     * also the members of its parties (a joint event lists partner-branch members).
     */
    private Map<Long, MemberRef> attendeeNames(CalendarEvent e, List<Long> ids) {
        Map<Long, MemberRef> refs = new HashMap<>();
        members.refs(ids).forEach(m -> refs.put(m.id(), m));
        if (refs.size() < ids.size() && canEditBranch(e.getBranchId())) {
            Set<Long> wanted = new HashSet<>(ids);
            members.partyRefs(e.getBranchId(), partnerBranches(e.getBranchId(), e.getPairingId())).stream()
                    .filter(m -> wanted.contains(m.id())).forEach(m -> refs.putIfAbsent(m.id(), m));
        }
        return refs;
    }

    /** The partner branches of a (joint) event: the other hospital branch of its pairing, if any. */
    private Set<Long> partnerBranches(long branchId, @Nullable Long pairingId) {
        PairingDirectory directory = pairings.getIfAvailable();
        if (pairingId == null || directory == null) {
            return Set.of();
        }
        return directory.partnerBranchOf(pairingId, branchId).map(Set::of).orElse(Set.of());
    }

    /**
     * Whom a LIST audience may name: members of the organiser branch and, under a live pairing, of the
     * partner branch. The pairing is checked here, never taken on the form's word.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public List<MemberRef> listCandidates(long branchId, @Nullable Long pairingId) {
        currentUser.requireCanEditBranch(branchId);
        return members.partyRefs(branchId, partnerBranches(branchId, checkedPairing(branchId, pairingId)));
    }

    private String branchName(long branchId) {
        return branches.refs().stream().filter(b -> b.id() == branchId).map(BranchRef::name).findFirst().orElse("?");
    }

    /** Schedules a new event or changes a planned one. Expected participants follow the audience. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public CalendarEvent save(EventInput in) {
        if (in.branchId() == null) {
            throw new BusinessException("validation.required", "branch");
        }
        currentUser.requireCanEditBranch(in.branchId());
        boolean create = in.id() == null;
        if (create && in.creationKey() != null) {
            // A second click (or a resent request) of the same new-event dialog finds the first event.
            Optional<CalendarEvent> earlier = em.createQuery(
                    "select e from CalendarEvent e join fetch e.eventType where e.creationKey = :key", CalendarEvent.class)
                    .setParameter("key", in.creationKey()).getResultStream().findFirst();
            if (earlier.isPresent()) {
                if (!Objects.equals(earlier.get().getBranchId(), in.branchId())) {
                    throw new BusinessException("error.conflict");
                }
                return earlier.get();
            }
        }
        if (in.title() != null && in.title().trim().length() > CalendarEvent.TITLE_MAX) {
            throw new BusinessException("calendar.event.titleTooLong", CalendarEvent.TITLE_MAX);
        }
        CalendarEvent target = create ? new CalendarEvent() : editable(in.id());
        if (target.getVersion() != in.version()) {
            throw new BusinessException("error.conflict");
        }
        if (!create && !Objects.equals(target.getBranchId(), in.branchId())) {
            throw new BusinessException("calendar.event.branchFixed");
        }
        if (target.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("calendar.event.cancelled");
        }
        EventType type = in.typeId() == null ? null : types.findById(in.typeId()).orElseThrow(NotFoundException::new);
        if (type != null && !type.isActive() && (create || !type.equals(target.getEventType()))) {
            throw new BusinessException("calendar.type.inactive");
        }
        checkTimes(in.start(), in.end());
        if (!create && target.getStatus() == EventStatus.HELD
                && (!Objects.equals(target.getStartAt(), in.start()) || !Objects.equals(target.getEndAt(), in.end()))) {
            throw new BusinessException("calendar.event.onlyPlannedMoves");
        }
        Map<String, Object> before = create ? Map.of() : target.auditSnapshot();
        target.setBranchId(in.branchId());
        target.setEventType(type);
        target.setTitle(in.title() == null ? "" : in.title().trim());
        target.setStartAt(in.start());
        target.setEndAt(in.end());
        target.setPlace(blankToNull(in.place()));
        target.setPartners(blankToNull(in.partners()));
        target.setAudience(in.audience());
        target.setPairingId(checkedPairing(in.branchId(), in.pairingId()));
        target.setPairingGoalId(target.getPairingId() == null ? null : in.pairingGoalId());
        if (create) {
            target.setCreationKey(checkedCreationKey(in.creationKey()));
        }
        validation.check(target);
        Set<Long> expected = expectedMembers(in.branchId(), target.getPairingId(), in.audience(), in.listMembers());
        CalendarEvent saved = events.saveAndFlush(target);
        if (saved.getStatus() == EventStatus.PLANNED) {
            syncExpected(saved.getId(), expected);
        }
        audit.record("CalendarEvent", saved.getId(), create ? "CREATE" : "UPDATE", saved.getTitle(), before,
                saved.auditSnapshot());
        return saved;
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

    private @Nullable Long checkedPairing(long branchId, @Nullable Long pairingId) {
        if (pairingId == null) {
            return null;
        }
        PairingDirectory directory = pairings.getIfAvailable();
        if (directory == null) {
            return null;
        }
        boolean known = directory.activePairingsOf(branchId).stream().anyMatch(p -> p.pairingId() == pairingId);
        if (!known) {
            throw new BusinessException("calendar.event.unknownPairing");
        }
        return pairingId;
    }

    private static @Nullable String checkedCreationKey(@Nullable String key) {
        if (key != null && !key.matches("[0-9a-fA-F-]{1,36}")) {
            throw new BusinessException("error.conflict");
        }
        return key;
    }

    private Set<Long> expectedMembers(long branchId, @Nullable Long pairingId, Audience audience, List<Long> list) {
        Set<Long> ids = switch (audience) {
            case BRANCH -> members.refsOfBranch(branchId).stream().map(MemberRef::id).collect(Collectors.toCollection(LinkedHashSet::new));
            case COMMITTEE -> branches.committee(branchId).stream().map(CommitteeSeat::memberId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            case LIST -> listedMembers(branchId, pairingId, list);
        };
        if (ids.isEmpty()) {
            throw new BusinessException("calendar.event.nobodyExpected");
        }
        return ids;
    }

    /** A LIST audience: every named member must belong to one of the event's parties, or nothing is saved. */
    private Set<Long> listedMembers(long branchId, @Nullable Long pairingId, List<Long> list) {
        Set<Long> parties = members.partyRefs(branchId, partnerBranches(branchId, pairingId)).stream().map(MemberRef::id)
                .collect(Collectors.toSet());
        Set<Long> outside = list.stream().filter(id -> !parties.contains(id)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!outside.isEmpty()) {
            String names = members.refs(outside).stream().map(MemberRef::name).collect(Collectors.joining("、"));
            throw new BusinessException("calendar.event.listOutsideParties", names.isEmpty() ? outside.size() : names);
        }
        return new LinkedHashSet<>(list);
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
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public CalendarEvent reschedule(long id, long version, LocalDateTime start, LocalDateTime end) {
        CalendarEvent e = editable(id);
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

    /**
     * Records the event as held (or corrects the attendance of a held event) in one step: present
     * and on-leave members, everybody else expected is absent. Publishes {@link EventAttendanceChanged}.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public CalendarEvent recordHeld(HeldInput in) {
        CalendarEvent e = editable(in.eventId());
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
        String minutes = blankToNull(in.minutes());
        if (minutes != null && minutes.length() > 500) {
            throw new BusinessException("validation.tooLong", "minutes");
        }
        List<Attendance> rows = attendance.findByEvent(e.getId());
        Set<Long> expected = rows.stream().map(Attendance::getMemberId).collect(Collectors.toSet());
        Set<Long> outside = new LinkedHashSet<>(in.present());
        outside.addAll(in.onLeave().keySet());
        outside.removeAll(expected);
        if (!outside.isEmpty()) {
            String names = members.refs(outside).stream().map(MemberRef::name).collect(Collectors.joining("、"));
            throw new BusinessException("calendar.attendance.notExpected", names.isEmpty() ? outside.toString() : names);
        }
        for (Long id : in.onLeave().keySet()) {
            if (in.present().contains(id)) {
                throw new BusinessException("calendar.attendance.presentAndLeave");
            }
        }
        Map<String, Object> before = e.auditSnapshot();
        before.put("attendance", attendanceSummary(rows));
        for (Attendance a : rows) {
            long m = a.getMemberId();
            if (in.present().contains(m)) {
                a.setStatus(AttendanceStatus.PRESENT);
                a.setLeaveReason(null);
            } else if (in.onLeave().containsKey(m)) {
                a.setStatus(AttendanceStatus.LEAVE);
                String reason = blankToNull(in.onLeave().get(m));
                a.setLeaveReason(reason == null ? null : reason.length() > 200 ? reason.substring(0, 200) : reason);
            } else {
                a.setStatus(AttendanceStatus.ABSENT);
                a.setLeaveReason(null);
            }
        }
        attendance.saveAll(rows);
        e.setStatus(EventStatus.HELD);
        e.setHeldDate(held);
        e.setMinutes(minutes);
        CalendarEvent saved = events.saveAndFlush(e);
        Map<String, Object> after = saved.auditSnapshot();
        after.put("attendance", attendanceSummary(rows));
        audit.record("CalendarEvent", saved.getId(), "HELD", saved.getTitle(), before, after);
        publish(saved, rows);
        return saved;
    }

    /** Cancels an event; cancelling a held one withdraws it (listeners undo what they derived). */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public CalendarEvent cancel(long id, long version) {
        CalendarEvent e = editable(id);
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
            publish(saved, attendance.findByEvent(id));
        }
        return saved;
    }

    private void publish(CalendarEvent e, List<Attendance> rows) {
        Set<Long> present = new HashSet<>();
        Set<Long> leave = new HashSet<>();
        Set<Long> absent = new HashSet<>();
        for (Attendance a : rows) {
            if (a.getStatus() == AttendanceStatus.PRESENT) {
                present.add(a.getMemberId());
            } else if (a.getStatus() == AttendanceStatus.LEAVE) {
                leave.add(a.getMemberId());
            } else {
                absent.add(a.getMemberId());
            }
        }
        EventType type = e.getEventType();
        double hours = Duration.between(e.getStartAt(), e.getEndAt()).toMinutes() / 60.0;
        LocalDate held = e.getHeldDate() == null ? e.getStartAt().toLocalDate() : e.getHeldDate();
        publisher.publishEvent(new EventAttendanceChanged(e.getId(), type.getCode(), e.getBranchId(), e.getPairingId(),
                e.getTitle(), held, hours, type.isStudy(), e.getStatus() == EventStatus.HELD, Set.copyOf(present),
                Set.copyOf(leave), Set.copyOf(absent)));
    }

    private static String attendanceSummary(List<Attendance> rows) {
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(
                a -> a.getStatus() == null ? "-" : a.getStatus().name(), java.util.TreeMap::new, Collectors.counting()));
        return counts.toString();
    }

    /** Pairings the branch may link an event to; empty when the pairing feature is absent. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PairingDirectory.PairingOption> pairingOptions(long branchId) {
        currentUser.requireCanReadBranch(branchId);
        PairingDirectory directory = pairings.getIfAvailable();
        return directory == null ? List.of() : directory.activePairingsOf(branchId);
    }

    CalendarEvent readable(long id) {
        CalendarEvent e = events.findWithType(id).orElseThrow(NotFoundException::new);
        AppUser user = currentUser.require();
        boolean allowed = user.seesWholeHospital() || Objects.equals(user.branchId(), e.getBranchId())
                || EventTypeCodes.HOSPITAL_EVENT.equals(e.getEventType().getCode())
                // A partner-branch member listed for a joint event may open what they are expected at.
                || (user.memberId() != null && attendance.findByEventIdAndMemberId(id, user.memberId()).isPresent());
        if (!allowed) {
            throw new NotFoundException();
        }
        return e;
    }

    /** The event if the viewer may change it; a secretary's query is limited to the own branch. */
    CalendarEvent editable(long id) {
        AppUser user = currentUser.require();
        CalendarEvent e = user.isAdmin() ? events.findWithType(id).orElseThrow(NotFoundException::new)
                : em.createQuery("select e from CalendarEvent e join fetch e.eventType where e.id = :id and e.branchId = :branch",
                        CalendarEvent.class).setParameter("id", id)
                        .setParameter("branch", user.isSecretary() && user.branchId() != null ? user.branchId() : -1L)
                        .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        return e;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
