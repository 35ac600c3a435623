package cn.dangjian.common.contracts;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Published by the calendar, synchronously inside its own transaction, whenever a calendar event
 * is marked held, its attendance is corrected, or a held event is cancelled or set back to
 * planned ({@code held == false}: everything derived from it must be undone). Listeners (points,
 * pairing evidence) must be idempotent: the same message may arrive again for the same event, and
 * each message carries the full current state, not a difference.
 *
 * @param eventTypeCode one of {@link EventTypeCodes}, or an administrator-defined code
 * @param pairingId     the pairing the event was held under, if any
 * @param durationHours how long the event lasted, for education credits (学时)
 * @param study         whether the event counts as study (党课, study session): feeds education credits
 * @param goalIds       the pairing goals the organiser said the event serves (the evidence starts with them)
 * @param externalParticipants people of external units who took part, if recorded
 * @param peopleServed  people served by a service event (义诊, 健康宣教, 志愿服务), if recorded
 */
public record EventAttendanceChanged(
        long eventId,
        String eventTypeCode,
        long branchId,
        @Nullable Long pairingId,
        String title,
        LocalDate heldDate,
        double durationHours,
        boolean study,
        boolean held,
        Set<Long> present,
        Set<Long> onLeave,
        Set<Long> absentWithoutLeave,
        Set<Long> goalIds,
        @Nullable Integer externalParticipants,
        @Nullable Integer peopleServed) {

    /** An event without goals or head counts (points' tests and events outside any pairing). */
    public EventAttendanceChanged(
            long eventId,
            String eventTypeCode,
            long branchId,
            @Nullable Long pairingId,
            String title,
            LocalDate heldDate,
            double durationHours,
            boolean study,
            boolean held,
            Set<Long> present,
            Set<Long> onLeave,
            Set<Long> absentWithoutLeave) {
        this(
                eventId,
                eventTypeCode,
                branchId,
                pairingId,
                title,
                heldDate,
                durationHours,
                study,
                held,
                present,
                onLeave,
                absentWithoutLeave,
                Set.of(),
                null,
                null);
    }
}
