package cn.dangjian.pairing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The health thresholds, overridable per installation; the defaults are the ones in the decision note. */
@Configuration(proxyBeanMethods = false)
class PairingConfiguration {

    @Bean
    PairingHealthRule pairingHealthRule(
            @Value("${app.pairing.health.window-days:90}") int windowDays,
            @Value("${app.pairing.health.alive-min-evidence:2}") int aliveMinEvidence,
            @Value("${app.pairing.health.alive-min-goal-share:0.5}") double aliveMinGoalShare,
            @Value("${app.pairing.health.grace-days:45}") int graceDays) {
        return new PairingHealthRule(
                new PairingHealthRule.Thresholds(windowDays, aliveMinEvidence, aliveMinGoalShare, graceDays));
    }
}
