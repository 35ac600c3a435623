package cn.dangjian.security;

import java.util.List;

/**
 * Request paths a feature serves without a sign-in (for example a calendar feed guarded by its own
 * secret token). Declare one as a bean; the security configuration collects them all.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
