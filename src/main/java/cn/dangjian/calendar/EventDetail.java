package cn.dangjian.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the event dialog shows, and whether the viewer may change it; {@code recordableMemberIds} are the
 * attendees whose attendance the viewer may tick (every one for the organiser's administrator).
 */
public record EventDetail(
        long id,
        long version,
        long branchId,
        String branchName,
        long typeId,
        String title,
        LocalDateTime start,
        LocalDateTime end,
        @Nullable String place,
        @Nullable String partners,
        Audience audience,
        EventStatus status,
        @Nullable LocalDate heldDate,
        @Nullable String minutes,
        @Nullable Long pairingId,
        Set<Long> goalIds,
        @Nullable Integer externalParticipants,
        @Nullable Integer peopleServed,
        List<String> partnerBranchNames,
        List<AttendeeRow> attendees,
        List<PhotoRef> photos,
        boolean canEdit,
        boolean viewerExpected,
        Set<Long> recordableMemberIds) {

    /** A joint event: held under a pairing or alliance. */
    public boolean joint() {
        return pairingId != null;
    }

    /** The viewer ticks some attendance without organising the event: a partner branch's secretary. */
    public boolean recordsOwnMembersOnly() {
        return !canEdit && !recordableMemberIds.isEmpty();
    }
}
