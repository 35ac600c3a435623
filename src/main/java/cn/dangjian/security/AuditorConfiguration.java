package cn.dangjian.security;

import cn.dangjian.common.audit.AuditService;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;

/** Fills createdBy / lastModifiedBy from the signed-in user. */
@Configuration(proxyBeanMethods = false)
class AuditorConfiguration {

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.of(AuditService.currentActor());
    }
}
