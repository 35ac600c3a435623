package cn.dangjian.points;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A submission as the approval queue and the submitter's own list show it. A late-attendance line
 * ({@code sourceType} EVENT) names its event and the attendance state it asks for (ATTEND, ABSENT, NONE).
 */
public record SubmissionRow(
        long id,
        String batchKey,
        long memberId,
        String memberName,
        String branchName,
        String ruleName,
        int points,
        LocalDate date,
        @Nullable String note,
        String submittedBy,
        @Nullable Instant submittedAt,
        SubmissionStatus status,
        @Nullable String decidedBy,
        @Nullable String decisionReason,
        SourceType sourceType,
        @Nullable Long eventId,
        @Nullable String eventTitle,
        @Nullable String targetState) {}
