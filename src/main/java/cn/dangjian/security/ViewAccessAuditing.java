package cn.dangjian.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import java.io.Serial;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * ACCESS_DENIED security events for views too: a signed-in user who navigates to a view their role
 * may not open (a deep link, a typed URL). Vaadin's default decision is kept; this only reports it.
 * Menu building asks the same question without navigating and is not reported, nor are anonymous
 * visitors, who are simply sent to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class ViewAccessAuditing {

    /** The same configuration Vaadin makes by default (annotation checker, enabled by the security configurer), plus the report. */
    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(ObjectProvider<SecurityEvents> events) {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withDecisionResolver(new ReportingResolver(events))
                .disabled();
    }

    static final class ReportingResolver implements AccessCheckDecisionResolver {

        @Serial
        private static final long serialVersionUID = 1L;

        private final DefaultAccessCheckDecisionResolver decision = new DefaultAccessCheckDecisionResolver();
        private final transient @Nullable ObjectProvider<SecurityEvents> events;

        ReportingResolver(ObjectProvider<SecurityEvents> events) {
            this.events = events;
        }

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            AccessCheckResult result = decision.resolve(results, context);
            boolean refused =
                    result.decision() == AccessCheckDecision.DENY || result.decision() == AccessCheckDecision.REJECT;
            if (refused
                    && events != null
                    && context.isNavigating()
                    && !context.isErrorHandling()
                    && context.getPrincipal() != null) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("address", String.valueOf(ClientAddress.current()));
                details.put("view", context.getNavigationTarget().getSimpleName());
                details.put("reason", result.reason());
                events.getObject()
                        .record(
                                AccessDeniedAuditing.ACCESS_DENIED,
                                Actors.current(),
                                null,
                                "/" + context.getLocation().getPath(),
                                details);
            }
            return result;
        }
    }
}
