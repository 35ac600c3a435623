package cn.dangjian.pairing.lists;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.JointEventScheduling;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's joint activities: a party of a claimed need schedules a 联建活动 under the need's pairing or
 * alliance, and the link (pairing_need_event) is written in the same transaction as the calendar's event. The
 * held ones are the project's evidence (issue 8).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class NeedEventService {

    private final NeedReader reader;
    private final NeedClaimRepository claims;
    private final ObjectProvider<JointEventScheduling> calendar;
    private final AuditService audit;
    private final EntityManager em;

    NeedEventService(
            NeedReader reader,
            NeedClaimRepository claims,
            ObjectProvider<JointEventScheduling> calendar,
            AuditService audit,
            EntityManager em) {
        this.reader = reader;
        this.claims = claims;
        this.calendar = calendar;
        this.audit = audit;
        this.em = em;
    }

    /**
     * Schedules a joint activity for the need and links it. The organiser is the signed-in secretary's branch (a
     * claimant or the requester); for the office, the first claimant. Anyone else is told "not found", as for a
     * need they cannot see. {@code creationKey} is the dialog's: a second click returns the same event.
     */
    @Transactional
    public long schedule(
            Long needId,
            String title,
            @Nullable LocalDateTime start,
            @Nullable LocalDateTime end,
            @Nullable String place,
            String creationKey) {
        Need n = reader.visibleNeed(needId);
        if (n.status != NeedStatus.IN_PROGRESS) {
            throw new BusinessException(n.status.isClosed() ? "need.alreadyClosed" : "need.notClaimed");
        }
        if (n.pairingId == null) {
            throw new BusinessException("need.event.noPairing");
        }
        long organiser = organiser(n);
        if (start == null || end == null) {
            throw new BusinessException("validation.required", start == null ? "start" : "end");
        }
        JointEventScheduling cal = calendar.getIfAvailable();
        if (cal == null) {
            throw new BusinessException("need.event.noCalendar");
        }
        long eventId = cal.scheduleJoint(organiser, n.pairingId, title, start, end, place, creationKey);
        // The calendar checked the pairing against the organiser; this checks the event is the need's.
        boolean joint =
                cal.lines(List.of(eventId)).stream().anyMatch(l -> n.pairingId.equals(l.pairingId()) && !l.cancelled());
        if (!joint) {
            throw new BusinessException("need.event.notJoint");
        }
        int added = em.createNativeQuery("insert ignore into pairing_need_event (need_id, event_id) values (:n, :e)")
                .setParameter("n", needId)
                .setParameter("e", eventId)
                .executeUpdate();
        if (added > 0) {
            audit.record("Need", needId, "UPDATE", n.title, Map.of(), Map.of("jointEvent", eventId));
        }
        return eventId;
    }

    /** Whether the signed-in user may schedule for the need: a party of a claimed need with a pairing. */
    static boolean canSchedule(AppUser user, Need n, Collection<Long> claimantBranches) {
        if (n.status != NeedStatus.IN_PROGRESS || n.pairingId == null || claimantBranches.isEmpty()) {
            return false;
        }
        if (user.isAdmin()) {
            return true;
        }
        Long b = user.branchId();
        return user.isSecretary() && b != null && (b.equals(n.raisedByBranchId) || claimantBranches.contains(b));
    }

    /** The organising branch; anyone who is not a party hears "not found", as for a need they cannot see. */
    private long organiser(Need n) {
        AppUser user = reader.user();
        List<Long> claimants = claims.findByNeeds(List.of(n.getId())).stream()
                .map(NeedClaim::getBranchId)
                .toList();
        if (!canSchedule(user, n, claimants)) {
            throw new NotFoundException();
        }
        return user.isAdmin() ? claimants.getFirst() : Objects.requireNonNull(user.branchId());
    }

    /** Need id → its linked events, oldest first (read by {@link NeedReader} for the rows it builds). */
    static Map<Long, List<JointEventScheduling.Line>> linked(
            EntityManager em, @Nullable JointEventScheduling cal, Collection<Long> needIds) {
        if (cal == null || needIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> eventsOf = new HashMap<>();
        Set<Long> all = new HashSet<>();
        for (Object o : em.createNativeQuery("select need_id, event_id from pairing_need_event where need_id in :n")
                .setParameter("n", needIds)
                .getResultList()) {
            Object[] r = (Object[]) o;
            long event = ((Number) r[1]).longValue();
            eventsOf.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>())
                    .add(event);
            all.add(event);
        }
        Map<Long, List<JointEventScheduling.Line>> result = new HashMap<>();
        for (JointEventScheduling.Line l : cal.lines(all)) {
            eventsOf.forEach((need, events) -> {
                if (events.contains(l.eventId())) {
                    result.computeIfAbsent(need, k -> new ArrayList<>()).add(l);
                }
            });
        }
        return result;
    }
}
