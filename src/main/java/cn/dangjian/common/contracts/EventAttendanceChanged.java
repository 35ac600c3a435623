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
        Set<Long> absentWithoutLeave) {}
