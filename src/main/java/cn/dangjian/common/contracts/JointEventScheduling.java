package cn.dangjian.common.contracts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by the calendar; used by the pairing's lists, which may not import the calendar, to schedule a joint
 * activity for a need and to show the events linked to needs. Injected as {@code ObjectProvider<...>}: without a
 * calendar the lists show no events and offer no scheduling.
 */
public interface JointEventScheduling {

    /**
     * Schedules a 联建活动 of {@code branchId} under {@code pairingId} (a pairing or alliance the branch is a
     * party to: the calendar checks it and the caller's right to edit the branch's calendar), for the whole branch
     * and the partners' members as the calendar's audience rule gives. Returns the new event's id.
     */
    long scheduleJoint(
            long branchId,
            long pairingId,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            @Nullable String place,
            String creationKey);

    /** The events with these ids, as the need's list shows them; unknown ids are left out. */
    List<Line> lines(Collection<Long> eventIds);

    /**
     * @param pairingId the pairing or alliance the event is held under, if any
     * @param held      marked held (its attendance recorded): it counts as evidence
     * @param cancelled called off: shown, never counted
     */
    record Line(
            long eventId,
            LocalDate date,
            String title,
            @Nullable Long pairingId,
            boolean held,
            boolean cancelled) {}
}
