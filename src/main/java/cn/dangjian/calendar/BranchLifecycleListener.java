package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.contracts.BranchLifecycleChanged;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The calendar's side of a branch's life (decision 0020), synchronously inside the organisation's transaction: a
 * new branch gets its plan, a dissolved one has its future planned events cancelled with the reason. Held and past
 * events stay as they are: they are the branch's history.
 */
@Component
class BranchLifecycleListener {

    /** Stored on the events, like their titles, in the hospital's language. */
    static final String DISSOLVED_REASON = "支部已撤销";

    private final PlanService plans;
    private final EntityManager em;
    private final AuditService audit;
    private final Clock clock;

    BranchLifecycleListener(PlanService plans, EntityManager em, AuditService audit, Clock clock) {
        this.plans = plans;
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(BranchLifecycleChanged change) {
        switch (change.change()) {
            case CREATED -> plans.planNewBranch(change.branchId());
            case DISSOLVED -> cancelFuture(change.branchId());
        }
    }

    private void cancelFuture(long branchId) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<CalendarEvent> future = em.createQuery("""
                        select e from CalendarEvent e where e.branchId = :branchId
                          and e.status = cn.dangjian.calendar.EventStatus.PLANNED and e.startAt > :now""", CalendarEvent.class)
                .setParameter("branchId", branchId)
                .setParameter("now", now)
                .getResultList();
        for (CalendarEvent e : future) {
            e.setStatus(EventStatus.CANCELLED);
            e.setCancelReason(DISSOLVED_REASON + " " + now.toLocalDate());
        }
        em.flush();
        if (!future.isEmpty()) {
            audit.record(
                    "CalendarPlan",
                    branchId,
                    "CANCEL",
                    DISSOLVED_REASON,
                    Map.of(),
                    Map.of("cancelled", future.size(), "on", now.toLocalDate().toString()));
        }
    }
}
