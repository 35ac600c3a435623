package cn.dangjian.accounts;

import org.jspecify.annotations.Nullable;

/** One row of the accounts list. */
public record AccountRow(
        Long id,
        String username,
        String role,
        String displayName,
        @Nullable String branchName,
        boolean enabled,
        long version) {}
