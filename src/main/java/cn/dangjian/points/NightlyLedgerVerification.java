package cn.dangjian.points;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the ledger every night ({@code app.points.verify-cron}, default 02:30 hospital time; "-" switches it
 * off, as the test profile does). ShedLock makes it run on one node when several share the database; the lock is
 * held at least 5 minutes so a node whose clock is a little late does not run it again.
 */
@Component
class NightlyLedgerVerification {

    static final String LOCK = "points-ledger-verification";

    private final LedgerVerificationRunner runner;

    NightlyLedgerVerification(LedgerVerificationRunner runner) {
        this.runner = runner;
    }

    @Scheduled(cron = "${app.points.verify-cron:0 30 2 * * *}", zone = "${APP_ZONE:Asia/Shanghai}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    public void run() {
        LockAssert.assertLocked();
        runner.run(VerificationRun.Trigger.NIGHTLY, "system");
    }
}
