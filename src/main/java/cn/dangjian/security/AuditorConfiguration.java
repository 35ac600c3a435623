package cn.dangjian.security;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;

/** Fills createdBy / lastModifiedBy from the signed-in user. */
@Configuration(proxyBeanMethods = false)
class AuditorConfiguration {

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.of(Actors.current());
    }
}
