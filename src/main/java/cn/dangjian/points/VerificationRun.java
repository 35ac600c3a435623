package cn.dangjian.points;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A stored run of the ledger verification. {@code status}: RUNNING, OK, BROKEN or ERROR. */
public record VerificationRun(
        long id,
        Trigger trigger,
        String startedBy,
        LocalDateTime startedAt,
        @Nullable LocalDateTime finishedAt,
        String status,
        int membersChecked,
        long entriesChecked,
        int brokenChains,
        int mismatches,
        long millis,
        @Nullable String summary) {

    /** Who started it: the nightly job, or an administrator on the rules page. */
    public enum Trigger {
        NIGHTLY,
        USER
    }
}
