package cn.dangjian.calendar;

import cn.dangjian.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Held events read as evidence by the year's follow-up (key tasks, brand months): what the calendar already
 * knows is never asked for again. Only the organiser branch counts; a partner of a joint event does not.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class HeldEventService {

    private final EntityManager em;
    private final CurrentUser currentUser;

    HeldEventService(EntityManager em, CurrentUser currentUser) {
        this.em = em;
        this.currentUser = currentUser;
    }

    /** The branch's held events in [from, to], of one type when {@code typeCode} is given, oldest first. */
    @Transactional(readOnly = true)
    public List<HeldEvent> held(long branchId, @Nullable String typeCode, LocalDate from, LocalDate to) {
        currentUser.requireCanReadBranch(branchId);
        return em.createQuery("""
                        select new cn.dangjian.calendar.HeldEvent(e.id, e.branchId, t.code, e.title, e.heldDate)
                        from CalendarEvent e join e.eventType t
                        where e.branchId = :branch and e.status = cn.dangjian.calendar.EventStatus.HELD
                          and e.heldDate between :from and :to and (:code is null or t.code = :code)
                        order by e.heldDate, e.id""", HeldEvent.class)
                .setParameter("branch", branchId)
                .setParameter("code", typeCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The held events with these ids (titles and dates for evidence already linked), any branch the user reads. */
    @Transactional(readOnly = true)
    public List<HeldEvent> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<HeldEvent> found =
                em.createQuery("""
                        select new cn.dangjian.calendar.HeldEvent(e.id, e.branchId, t.code, e.title, e.heldDate)
                        from CalendarEvent e join e.eventType t where e.id in :ids order by e.heldDate, e.id""", HeldEvent.class).setParameter("ids", ids).getResultList();
        found.forEach(h -> currentUser.requireCanReadBranch(h.branchId()));
        return found;
    }
}
