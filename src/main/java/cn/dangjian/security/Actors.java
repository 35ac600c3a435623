package cn.dangjian.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting right now, as audit trails name them. Lives in security (not in audit) so that
 * security itself, which sits below audit, can name the actor of its own events (decision 0010).
 */
public final class Actors {

    private Actors() {}

    /** The signed-in user's name, or "system" when no one is signed in (start-up, schedules). */
    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
