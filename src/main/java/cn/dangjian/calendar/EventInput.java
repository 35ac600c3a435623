package cn.dangjian.calendar;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a form sends to schedule or edit an event; {@code id == null} creates one. {@code creationKey} is
 * generated once per new-event dialog: saving twice with the same key returns the first event.
 */
public record EventInput(
        @Nullable Long id,
        long version,
        @Nullable Long branchId,
        @Nullable Long typeId,
        String title,
        @Nullable LocalDateTime start,
        @Nullable LocalDateTime end,
        @Nullable String place,
        @Nullable String partners,
        Audience audience,
        List<Long> listMembers,
        @Nullable Long pairingId,
        @Nullable Long pairingGoalId,
        @Nullable String creationKey) {

    /** Without a creation key (edits, imports, tests): no duplicate check. */
    public EventInput(
            @Nullable Long id,
            long version,
            @Nullable Long branchId,
            @Nullable Long typeId,
            String title,
            @Nullable LocalDateTime start,
            @Nullable LocalDateTime end,
            @Nullable String place,
            @Nullable String partners,
            Audience audience,
            List<Long> listMembers,
            @Nullable Long pairingId,
            @Nullable Long pairingGoalId) {
        this(
                id,
                version,
                branchId,
                typeId,
                title,
                start,
                end,
                place,
                partners,
                audience,
                listMembers,
                pairingId,
                pairingGoalId,
                null);
    }

    public EventInput withVersion(long newVersion) {
        return new EventInput(
                id,
                newVersion,
                branchId,
                typeId,
                title,
                start,
                end,
                place,
                partners,
                audience,
                listMembers,
                pairingId,
                pairingGoalId,
                creationKey);
    }
}
