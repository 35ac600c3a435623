package cn.dangjian.security;

import org.jspecify.annotations.Nullable;

/** What an account may do right now, as the database says: read on each request, not kept from sign-in. */
public record AccountState(
        String role, @Nullable Long memberId, @Nullable Long branchId, boolean enabled, boolean mustChangePassword) {}
