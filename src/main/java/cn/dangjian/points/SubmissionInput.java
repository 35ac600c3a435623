package cn.dangjian.points;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of a secretary's submission (a batch is several). */
public record SubmissionInput(
        long memberId,
        long ruleId,
        int points,
        LocalDate date,
        @Nullable String note) {}
