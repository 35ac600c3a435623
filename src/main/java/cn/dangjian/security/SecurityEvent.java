package cn.dangjian.security;

import org.jspecify.annotations.Nullable;

/**
 * A security event as published by {@link SecurityEvents}. The audit feature, which sits above
 * security, listens for it and stores it; security never calls audit (decision 0010).
 *
 * @param details the event's details as one line, never passwords or tokens
 */
public record SecurityEvent(
        String actor,
        String action,
        @Nullable Long accountId,
        @Nullable String subject,
        String details) {}
