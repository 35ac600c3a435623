package cn.dangjian.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address as the servlet container reports it. Behind a reverse proxy Tomcat's
 * RemoteIpValve has already replaced the proxy's address with the client's from X-Forwarded-For, but
 * only when the request came from a trusted proxy ({@code server.tomcat.remoteip.internal-proxies});
 * nothing here reads the header itself.
 */
final class ClientAddress {

    private ClientAddress() {}

    static @Nullable String of(@Nullable Authentication authentication) {
        if (authentication != null
                && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return current();
    }

    static @Nullable String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return attrs.getRequest().getRemoteAddr();
        }
        return null;
    }
}
