package cn.dangjian.calendar;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a form sends to schedule or edit an event; {@code id == null} creates one. {@code creationKey} is
 * generated once per new-event dialog: saving twice with the same key returns the first event. {@code goalIds}
 * are the goals of the pairing the event serves (none is a valid choice); the two head counts are of people
 * from external units, who have no membership in the console.
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
        List<Long> goalIds,
        @Nullable Integer externalParticipants,
        @Nullable Integer peopleServed,
        @Nullable String creationKey) {

    /** Without a creation key or head counts (edits, imports, tests): no duplicate check. */
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
            @Nullable Long goalId) {
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
                goalId == null ? List.of() : List.of(goalId),
                null,
                null,
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
                goalIds,
                externalParticipants,
                peopleServed,
                creationKey);
    }

    public EventInput withCreationKey(String key) {
        return new EventInput(
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
                goalIds,
                externalParticipants,
                peopleServed,
                key);
    }
}
