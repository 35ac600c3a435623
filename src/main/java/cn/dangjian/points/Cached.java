package cn.dangjian.points;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that is read on every leaderboard and award but changes only when an administrator saves it.
 * Saving drops it after the commit (so a reader never caches what a rollback undid); the time limit
 * bounds how long another application instance, or an edit made straight in the database, goes unseen.
 */
final class Cached<T> {

    private record Entry<T>(T value, long loadedAt) {}

    private final Supplier<T> loader;
    private final long ttlNanos;
    private final AtomicReference<@Nullable Entry<T>> entry = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    Cached(Supplier<T> loader, long ttlSeconds) {
        this.loader = loader;
        this.ttlNanos = ttlSeconds * 1_000_000_000L;
    }

    T get() {
        Entry<T> e = entry.get();
        if (e != null && System.nanoTime() - e.loadedAt() < ttlNanos) {
            return e.value();
        }
        long seen = generation.get();
        T value = loader.get();
        // A value loaded while a save was committing may be stale: keep it only if no save happened meanwhile.
        if (generation.get() == seen) {
            entry.set(new Entry<>(value, System.nanoTime()));
        }
        return value;
    }

    /** Drops the value now and again when the current transaction ends. */
    void invalidateAfterCommit() {
        invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }

    private void invalidate() {
        generation.incrementAndGet();
        entry.set(null);
    }
}
