package cn.dangjian.organization;

import org.jspecify.annotations.Nullable;

/** What the members list is filtered by; every part optional. */
public record MemberFilter(
        @Nullable Long branchId,
        @Nullable Long departmentId,
        @Nullable MemberStatus status,
        @Nullable String text) {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null);
    }
}
