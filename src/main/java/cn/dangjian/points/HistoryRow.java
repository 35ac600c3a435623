package cn.dangjian.points;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A ledger entry as a member's history shows it. */
public record HistoryRow(
        long id,
        LocalDate date,
        String ruleName,
        RuleCategory category,
        int points,
        SourceType sourceType,
        @Nullable Long sourceId,
        @Nullable String reason,
        String recordedBy,
        @Nullable String approvedBy,
        @Nullable Long reversesId) {}
