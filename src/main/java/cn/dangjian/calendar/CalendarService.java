package cn.dangjian.calendar;

import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.common.contracts.PairingDirectory;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar as it is read: the events of a period, one event's detail, and whom an event may name.
 * Changes go through {@link EventScheduleService}, attendance through {@link AttendanceService}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CalendarService {

    private final AttendanceRepository attendance;
    private final CalendarAccess access;
    private final CalendarParties parties;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final EntityManager em;

    CalendarService(
            AttendanceRepository attendance,
            CalendarAccess access,
            CalendarParties parties,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            EntityManager em) {
        this.attendance = attendance;
        this.access = access;
        this.parties = parties;
        this.organization = organization;
        this.currentUser = currentUser;
        this.em = em;
    }

    /**
     * The events overlapping [from, to) that the viewer may see: the whole hospital for admins and
     * leaders, otherwise the own branch's, the joint events it is a party to, and hospital-wide events.
     */
    @Transactional(readOnly = true)
    public List<CalendarEntry> entries(LocalDate from, LocalDate to, CalendarFilter filter) {
        StringBuilder jpql = new StringBuilder("""
                select new cn.dangjian.calendar.CalendarEntry(e.id, e.title, e.startAt, e.endAt, t.id, t.color,
                  e.branchId, e.status, case when e.pairingId is null then false else true end,
                  case when e.planPeriod is not null and e.version = 0
                    and e.confirmedAt is null and e.status = cn.dangjian.calendar.EventStatus.PLANNED
                    then true else false end)
                from CalendarEvent e join e.eventType t
                where e.startAt >= :earliest and e.startAt < :to and e.endAt >= :from""");
        Map<String, Object> params = new HashMap<>();
        params.put("earliest", from.minusDays(31).atStartOfDay());
        params.put("from", from.atStartOfDay());
        params.put("to", to.atStartOfDay());
        currentUser.branchScope().ifPresent(scope -> {
            jpql.append(
                    " and (e.branchId = :scope or t.code = :hospital or :scope member of e.joint.partnerBranchIds)");
            params.put("scope", scope);
            params.put("hospital", EventTypeCodes.HOSPITAL_EVENT);
        });
        if (filter.branchId() != null) {
            jpql.append(" and (e.branchId = :branch or :branch member of e.joint.partnerBranchIds)");
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
    public boolean canEditBranch(long branchId) {
        return access.canEditBranch(branchId);
    }

    @Transactional(readOnly = true)
    public EventDetail detail(long id) {
        CalendarEvent e = access.readable(id);
        List<Attendance> rows = attendance.findByEvent(e.getId());
        Map<Long, MemberRef> refs =
                attendeeNames(e, rows.stream().map(Attendance::getMemberId).toList());
        List<AttendeeRow> attendees = rows.stream()
                .map(a -> {
                    MemberRef m = refs.get(a.getMemberId());
                    return new AttendeeRow(
                            a.getMemberId(),
                            m == null ? "?" : m.name(),
                            m == null ? "" : m.staffNumber(),
                            a.getStatus(),
                            a.getLeaveReason(),
                            a.getSignedInAt());
                })
                .sorted(Comparator.comparing(AttendeeRow::staffNumber))
                .toList();
        AppUser user = access.user();
        boolean expected = user.memberId() != null && rows.stream().anyMatch(a -> a.getMemberId() == user.memberId());
        List<PhotoRef> photos = em.createQuery("""
                select new cn.dangjian.calendar.PhotoRef(p.id, p.fileName, p.contentType, p.sizeBytes)
                from EventPhoto p where p.eventId = :id order by p.id""", PhotoRef.class)
                .setParameter("id", e.getId())
                .getResultList();
        return new EventDetail(
                e.getId(),
                e.getVersion(),
                e.getBranchId(),
                branchName(e.getBranchId()),
                e.getEventType().getId(),
                e.getTitle(),
                e.getStartAt(),
                e.getEndAt(),
                e.getPlace(),
                e.getPartners(),
                e.getAudience(),
                e.getStatus(),
                e.getHeldDate(),
                e.getMinutes(),
                e.getPairingId(),
                Set.copyOf(e.getJoint().getGoalIds()),
                e.getJoint().getExternalParticipants(),
                e.getJoint().getPeopleServed(),
                partyNames(e),
                attendees,
                photos,
                access.canEditBranch(e.getBranchId()),
                expected,
                recordable(e));
    }

    /** The other party branches' names, for "joint with …" (empty for an event of one branch). */
    private List<String> partyNames(CalendarEvent e) {
        Map<Long, BranchRef> branches = organization.branchesById();
        return e.getJoint().getPartnerBranchIds().stream()
                .map(branches::get)
                .filter(java.util.Objects::nonNull)
                .map(BranchRef::name)
                .toList();
    }

    /** The expected members whose attendance the viewer may tick (a party's secretary: the own members only). */
    private Set<Long> recordable(CalendarEvent e) {
        AppUser user = access.user();
        boolean party = user.isAdmin()
                || (user.isSecretary()
                        && user.branchId() != null
                        && (user.branchId().equals(e.getBranchId())
                                || e.getJoint().getPartnerBranchIds().contains(user.branchId())));
        if (!party) {
            return Set.of();
        }
        Set<Long> scope = access.recordableMembers();
        Set<Long> result = new HashSet<>();
        attendance.findByEvent(e.getId()).stream()
                .map(Attendance::getMemberId)
                .filter(m -> scope == null || scope.contains(m))
                .forEach(result::add);
        return result;
    }

    /**
     * Names of the event's expected members: the viewer's own scope, and for whoever may change the event
     * also the members of its parties (a joint event lists partner-branch members).
     */
    private Map<Long, MemberRef> attendeeNames(CalendarEvent e, List<Long> ids) {
        Map<Long, MemberRef> refs = new HashMap<>();
        parties.members(ids).forEach(m -> refs.put(m.id(), m));
        if (refs.size() < ids.size() && access.canEditBranch(e.getBranchId())) {
            Set<Long> wanted = new HashSet<>(ids);
            parties.partyMembers(e.getBranchId(), e.getPairingId()).stream()
                    .filter(m -> wanted.contains(m.id()))
                    .forEach(m -> refs.putIfAbsent(m.id(), m));
        }
        return refs;
    }

    private String branchName(long branchId) {
        BranchRef branch = organization.branchesById().get(branchId);
        return branch == null ? "?" : branch.name();
    }

    /**
     * Whom a LIST audience may name: members of the organiser branch and, under a live pairing, of the
     * partner branch. The pairing is checked here, never taken on the form's word.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public List<MemberRef> listCandidates(long branchId, @Nullable Long pairingId) {
        currentUser.requireCanEditBranch(branchId);
        return parties.partyMembers(branchId, parties.checkedPairing(branchId, pairingId));
    }

    /** Pairings the branch may link an event to; empty when the pairing feature is absent. */
    @Transactional(readOnly = true)
    public List<PairingDirectory.PairingOption> pairingOptions(long branchId) {
        currentUser.requireCanReadBranch(branchId);
        return parties.pairingOptions(branchId);
    }
}
