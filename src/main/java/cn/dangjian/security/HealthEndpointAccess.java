package cn.dangjian.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The load balancer asks for health without signing in. The endpoint is served only on the management port,
 * bound to an internal address (application.yml, {@code management.server}), and says UP or DOWN, nothing more.
 */
@Configuration(proxyBeanMethods = false)
class HealthEndpointAccess {

    @Bean
    PublicPaths healthForLoadBalancer() {
        return PublicPaths.of("/actuator/health", "/actuator/health/**");
    }
}
