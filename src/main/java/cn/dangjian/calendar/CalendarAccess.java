package cn.dangjian.calendar;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The data-level rule of the feature, shared by its services: who may open an event and who may change
 * it. An event outside the viewer's reach is "not found", so its existence does not leak.
 */
@Component
class CalendarAccess {

    private final CalendarEventRepository events;
    private final AttendanceRepository attendance;
    private final CurrentUser currentUser;
    private final EntityManager em;

    CalendarAccess(
            CalendarEventRepository events,
            AttendanceRepository attendance,
            CurrentUser currentUser,
            EntityManager em) {
        this.events = events;
        this.attendance = attendance;
        this.currentUser = currentUser;
        this.em = em;
    }

    AppUser user() {
        return currentUser.require();
    }

    boolean canEditBranch(long branchId) {
        AppUser user = user();
        return user.isAdmin() || (user.isSecretary() && Objects.equals(user.branchId(), branchId));
    }

    CalendarEvent readable(long id) {
        CalendarEvent e = events.findWithType(id).orElseThrow(NotFoundException::new);
        AppUser user = user();
        boolean allowed = user.seesWholeHospital()
                || Objects.equals(user.branchId(), e.getBranchId())
                || EventTypeCodes.HOSPITAL_EVENT.equals(e.getEventType().getCode())
                // A partner-branch member listed for a joint event may open what they are expected at.
                || (user.memberId() != null
                        && attendance
                                .findByEventIdAndMemberId(id, user.memberId())
                                .isPresent());
        if (!allowed) {
            throw new NotFoundException();
        }
        return e;
    }

    /** The event if the viewer may change it; a secretary's query is limited to the own branch. */
    CalendarEvent editable(long id) {
        AppUser user = user();
        if (user.isAdmin()) {
            return events.findWithType(id).orElseThrow(NotFoundException::new);
        }
        return em.createQuery(
                        "select e from CalendarEvent e join fetch e.eventType where e.id = :id and e.branchId = :branch",
                        CalendarEvent.class)
                .setParameter("id", id)
                .setParameter("branch", user.isSecretary() && user.branchId() != null ? user.branchId() : -1L)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
