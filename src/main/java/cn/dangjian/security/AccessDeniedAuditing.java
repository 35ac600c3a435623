package cn.dangjian.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * ACCESS_DENIED security events (ASVS 16.3.2) for every refusal a service gives: method security
 * ({@code @PreAuthorize}) and the data-level checks of {@link CurrentUser}, which
 * throw {@link AccessDeniedException} without passing through Spring's authorization events. One advice
 * around every {@code @Service}, outermost, records the refusal once where it leaves the outermost
 * service call and rethrows it unchanged.
 */
@Configuration(proxyBeanMethods = false)
class AccessDeniedAuditing {

    static final String ACCESS_DENIED = "ACCESS_DENIED";

    /** Static and infrastructure-role, so the advisor exists before the services are proxied; events are looked up lazily. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor accessDeniedAdvisor(ObjectProvider<SecurityEvents> events) {
        DefaultPointcutAdvisor advisor =
                new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true), new Recorder(events));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    static final class Recorder implements MethodInterceptor {

        /** Service calls in progress on this thread: only the outermost records, so nested calls log once. */
        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        private final ObjectProvider<SecurityEvents> events;

        Recorder(ObjectProvider<SecurityEvents> events) {
            this.events = events;
        }

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return invocation.proceed();
            } catch (AccessDeniedException e) {
                if (depth[0] == 1) {
                    record(invocation, e);
                }
                throw e;
            } finally {
                if (--depth[0] == 0) {
                    DEPTH.remove();
                }
            }
        }

        private void record(MethodInvocation invocation, AccessDeniedException e) {
            String method = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("address", String.valueOf(ClientAddress.current()));
            details.put("reason", String.valueOf(e.getMessage()));
            try {
                events.getObject().record(ACCESS_DENIED, Actors.current(), null, method, details);
            } catch (RuntimeException logFailure) {
                // The refusal itself must reach the caller even if the audit write fails.
                e.addSuppressed(logFailure);
            }
        }
    }
}
