package cn.dangjian.calendar;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a form sends to schedule or edit an event; {@code id == null} creates one. */
public record EventInput(@Nullable Long id, long version, @Nullable Long branchId, @Nullable Long typeId, String title,
        @Nullable LocalDateTime start, @Nullable LocalDateTime end, @Nullable String place, @Nullable String partners,
        Audience audience, List<Long> listMembers, @Nullable Long pairingId, @Nullable Long pairingGoalId) {
}
