package cn.dangjian.common.db;

import java.lang.reflect.Method;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Retry only where the failed call owned its transaction. When a caller's transaction is still open here, the
 * database has rolled it back already (a deadlock ends the whole transaction), so running the inner call again
 * inside it could only fail or, worse, half-succeed; the caller's own boundary retries instead.
 */
public final class OutermostCall implements MethodRetryPredicate {

    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
        return !TransactionSynchronizationManager.isActualTransactionActive();
    }
}
