package cn.dangjian.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the event dialog shows, and whether the viewer may change it. */
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
        @Nullable Long pairingGoalId,
        List<AttendeeRow> attendees,
        List<PhotoRef> photos,
        boolean canEdit,
        boolean viewerExpected) {}
