package cn.dangjian.common.db;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test-only bean (picked up by the application's component scan, so the one test context stays one) whose
 * transactional calls lose conflicts on purpose, to show {@link RetryOnConflict} retries what it should.
 */
@Component
public class ConflictProbe {

    private final AtomicInteger attempts = new AtomicInteger();
    private final JdbcTemplate jdbc;
    private final ThreadLocal<Boolean> retried = ThreadLocal.withInitial(() -> false);

    ConflictProbe(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds one to two rows in the given order. The first attempt of each thread waits at the barrier after the
     * first row, so two threads taking opposite orders deadlock for real in InnoDB.
     */
    @RetryOnConflict
    @Transactional
    public void addToBoth(int first, int second, CyclicBarrier barrier) throws Exception {
        attempts.incrementAndGet();
        jdbc.update("update retry_probe set n = n + 1 where id = ?", first);
        if (!retried.get()) {
            retried.set(true);
            barrier.await(10, TimeUnit.SECONDS);
        }
        jdbc.update("update retry_probe set n = n + 1 where id = ?", second);
    }

    @RetryOnConflict
    @Transactional
    public void alwaysLosesLock() {
        attempts.incrementAndGet();
        throw new CannotAcquireLockException("Deadlock found when trying to get lock (test)");
    }

    @RetryOnConflict
    @Transactional
    public void alwaysStale() {
        attempts.incrementAndGet();
        throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
    }

    /** Calls made, retries included (a method: the test holds the proxy, whose own fields are empty). */
    public int attempts() {
        return attempts.get();
    }

    public void reset() {
        attempts.set(0);
        retried.remove();
    }
}
