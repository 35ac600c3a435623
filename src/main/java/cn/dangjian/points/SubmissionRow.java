package cn.dangjian.points;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A submission as the approval queue and the submitter's own list show it. */
public record SubmissionRow(long id, String batchKey, long memberId, String memberName, String branchName,
        String ruleName, int points, LocalDate date, @Nullable String note, String submittedBy,
        @Nullable Instant submittedAt, SubmissionStatus status, @Nullable String decidedBy,
        @Nullable String decisionReason) {
}
