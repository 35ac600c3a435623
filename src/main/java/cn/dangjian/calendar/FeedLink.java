package cn.dangjian.calendar;

import org.jspecify.annotations.Nullable;

/** A subscription URL the user holds: {@code path} is relative to the server. */
public record FeedLink(long id, @Nullable Long branchId, @Nullable Long memberId, String path) {
}
