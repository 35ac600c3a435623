package cn.dangjian.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up and scheduled work as the built-in "system" administrator, so audit trails name it. */
public final class SystemAuthentication {

    public static final AppUser SYSTEM = new AppUser(0, "system", "", Roles.ADMIN, "system", null, null, true);

    private SystemAuthentication() {}

    public static void runAsSystem(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
