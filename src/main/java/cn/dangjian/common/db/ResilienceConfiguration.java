package cn.dangjian.common.db;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Switches on Spring's {@code @Retryable} advice, used through {@link RetryOnConflict}. */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfiguration {}
