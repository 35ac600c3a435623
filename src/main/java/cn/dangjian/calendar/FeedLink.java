package cn.dangjian.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A subscription the user holds. {@code path} (relative to the server) is known only right after the
 * feed was made or renewed: the server keeps a hash of the secret, never the secret itself.
 */
public record FeedLink(
        long id,
        @Nullable Long branchId,
        @Nullable Long memberId,
        @Nullable String path,
        @Nullable Instant created) {}
