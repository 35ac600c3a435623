package cn.dangjian.points;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One ledger entry to append. With {@code capped} the rule's caps decide how much of
 * {@code points} is granted; reversals are never capped.
 */
public record Award(
        long memberId,
        long branchId,
        long ruleId,
        int points,
        LocalDate date,
        SourceType sourceType,
        @Nullable Long sourceId,
        @Nullable Long reversesId,
        @Nullable String reason,
        String recordedBy,
        @Nullable String approvedBy,
        boolean capped,
        @Nullable Integer capDay,
        @Nullable Integer capMonth,
        @Nullable Integer capYear) {

    public static Award of(
            PointsRule rule,
            long memberId,
            long branchId,
            int points,
            LocalDate date,
            SourceType type,
            @Nullable Long sourceId,
            @Nullable String reason,
            String recordedBy,
            @Nullable String approvedBy) {
        return of(RuleTerms.of(rule), memberId, branchId, points, date, type, sourceId, reason, recordedBy, approvedBy);
    }

    static Award of(
            RuleTerms rule,
            long memberId,
            long branchId,
            int points,
            LocalDate date,
            SourceType type,
            @Nullable Long sourceId,
            @Nullable String reason,
            String recordedBy,
            @Nullable String approvedBy) {
        return new Award(
                memberId,
                branchId,
                rule.id(),
                points,
                date,
                type,
                sourceId,
                null,
                reason,
                recordedBy,
                approvedBy,
                true,
                rule.capDay(),
                rule.capMonth(),
                rule.capYear());
    }

    public static Award reversal(
            long memberId,
            long branchId,
            long ruleId,
            int points,
            LocalDate date,
            SourceType type,
            @Nullable Long sourceId,
            @Nullable Long reversesId,
            String reason,
            String recordedBy) {
        return new Award(
                memberId,
                branchId,
                ruleId,
                points,
                date,
                type,
                sourceId,
                reversesId,
                reason,
                recordedBy,
                recordedBy,
                false,
                null,
                null,
                null);
    }
}
