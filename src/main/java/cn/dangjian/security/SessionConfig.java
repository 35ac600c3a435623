package cn.dangjian.security;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Open sessions are registered per account so that an account change can end them (ASVS 7.4.2).
 * The registry lives in this node's memory: with several nodes behind sticky sessions each node ends its
 * own, and {@link CurrentUser} reads the account afresh on every node in any case (decision 0007).
 */
@Configuration
class SessionConfig {

    /** Called by SecurityConfig; ConcurrentSessionFilter then honours an expiry on the next request. */
    static void register(HttpSecurity http) throws Exception {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        http.sessionManagement(session -> session.maximumSessions(-1)
                .sessionRegistry(context.getBean(SessionRegistry.class))
                .expiredSessionStrategy(context.getBean(SessionInformationExpiredStrategy.class)));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the container destroys a session, so it does not grow without end. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Runs after ConcurrentSessionFilter has invalidated an ended session. A Vaadin UIDL or heartbeat request
     * goes on to Vaadin, which now finds no session and tells the browser so (the client reloads and lands on
     * the login view); a page request is sent to the login view.
     */
    @Bean
    SessionInformationExpiredStrategy expiredSessionStrategy(RequestUtil requestUtil) {
        return event -> {
            var request = event.getRequest();
            if (requestUtil.isFrameworkInternalRequest(request) && event.getFilterChain() != null) {
                event.getFilterChain().doFilter(request, event.getResponse());
            } else {
                event.getResponse().sendRedirect(request.getContextPath() + "/login");
            }
        };
    }
}
