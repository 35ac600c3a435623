package cn.dangjian.calendar;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
    private final OrganizationDirectory organization;
    private final EntityManager em;

    CalendarAccess(
            CalendarEventRepository events,
            AttendanceRepository attendance,
            CurrentUser currentUser,
            OrganizationDirectory organization,
            EntityManager em) {
        this.events = events;
        this.organization = organization;
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
                // Every party branch of a joint event sees it, whoever organised it.
                || (user.branchId() != null
                        && e.getJoint().getPartnerBranchIds().contains(user.branchId()))
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

    /**
     * The event if the viewer may change it; a secretary's query is limited to the own branch. A partner branch's
     * secretary sees a joint event but is told that only its organiser changes it.
     */
    CalendarEvent editable(long id) {
        AppUser user = user();
        if (user.isAdmin()) {
            return events.findWithType(id).orElseThrow(NotFoundException::new);
        }
        return organised(id, user).orElseThrow(() -> {
            if (user.isSecretary() && isPartner(id, user)) {
                return new BusinessException("calendar.joint.organiserOnly");
            }
            return new NotFoundException();
        });
    }

    /** The event if the viewer records attendance on it: the administrator, or a secretary of any party branch. */
    CalendarEvent attendable(long id) {
        AppUser user = user();
        if (user.isAdmin()) {
            return events.findWithType(id).orElseThrow(NotFoundException::new);
        }
        return organised(id, user)
                .or(() -> user.isSecretary() && isPartner(id, user) ? events.findWithType(id) : Optional.empty())
                .orElseThrow(NotFoundException::new);
    }

    /** The members whose attendance the viewer records: all for the administrator, else the own branch's. */
    @Nullable
    Set<Long> recordableMembers() {
        AppUser user = user();
        if (user.isAdmin()) {
            return null;
        }
        if (!user.isSecretary() || user.branchId() == null) {
            return Set.of();
        }
        return organization.membersOfBranch(user.branchId()).stream()
                .map(MemberRef::id)
                .collect(Collectors.toSet());
    }

    private boolean isPartner(long id, AppUser user) {
        return user.branchId() != null
                && events.findWithType(id)
                        .map(e -> e.getJoint().getPartnerBranchIds().contains(user.branchId()))
                        .orElse(false);
    }

    private Optional<CalendarEvent> organised(long id, AppUser user) {
        return em.createQuery(
                        "select e from CalendarEvent e join fetch e.eventType where e.id = :id and e.branchId = :branch",
                        CalendarEvent.class)
                .setParameter("id", id)
                .setParameter("branch", user.isSecretary() && user.branchId() != null ? user.branchId() : -1L)
                .getResultStream()
                .findFirst();
    }
}
