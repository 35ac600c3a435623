package cn.dangjian.common.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.SQLTransactionRollbackException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;

/**
 * Runs the whole service call again when its transaction lost a conflict: an InnoDB deadlock, or on Galera a
 * certification failure at commit (both error 1213, SQLState 40001). Spring's retry advice sits outside the
 * transaction advice, so each attempt is a fresh transaction that sees the winner's rows; the rules the call
 * checks (caps, chains, "already recorded") are checked again, so a retried award or attendance comes out once.
 * Only the outermost call retries ({@link OutermostCall}): inside a caller's transaction the failure goes up
 * to the caller's boundary. Optimistic-locking conflicts are not retried — they mean a user edited a stale
 * form and must see it. Bounded: 4 retries, 40 ms doubling to at most 400 ms, with ±30 ms jitter so two losers
 * do not collide again in step. docs/decisions/0028-several-nodes-and-faults.md
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(
        includes = {SQLTransactionRollbackException.class, PessimisticLockingFailureException.class},
        predicate = OutermostCall.class,
        maxRetries = 4,
        delay = 40,
        jitter = 30,
        multiplier = 2,
        maxDelay = 400)
public @interface RetryOnConflict {}
