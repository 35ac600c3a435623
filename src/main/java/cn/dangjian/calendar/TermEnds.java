package cn.dangjian.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Committee term ends (换届), free of the database so the dates are unit-tested: the election 党员大会 is planned
 * on the last working day at least {@link #LEAD_DAYS} days before the term ends, and the reminder shows from
 * {@link #LEAD_DAYS} days before the end (as the organisation's health warning) until the term is renewed.
 */
final class TermEnds {

    static final int LEAD_DAYS = 90;

    private TermEnds() {}

    /** The generated election meeting's period key: E and the term's end, e.g. E2027-03-31 (11 characters). */
    static String periodKey(LocalDate termEnd) {
        return "E" + termEnd;
    }

    /** The last working day on or before 90 days ahead of the term's end; empty if none in the 31 days before. */
    static Optional<LocalDate> electionDay(LocalDate termEnd, Map<LocalDate, Boolean> holidays) {
        LocalDate wanted = termEnd.minusDays(LEAD_DAYS);
        for (LocalDate d = wanted; d.isAfter(wanted.minusDays(31)); d = d.minusDays(1)) {
            if (PlanDates.isWorkingDay(d, holidays)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The reminder for a branch whose term ends within 90 days or has ended: overdue after the end day.
     * election: the planned election meeting, if any.
     */
    static Optional<Reminder> reminder(
            long branchId,
            String branchName,
            LocalDate termEnd,
            LocalDate today,
            long typeId,
            String typeCode,
            ComplianceRules.@Nullable Planned election) {
        if (termEnd.isAfter(today.plusDays(LEAD_DAYS))) {
            return Optional.empty();
        }
        boolean overdue = termEnd.isBefore(today);
        DueItem item = new DueItem(
                typeId,
                typeCode,
                Recurrence.YEARLY,
                termEnd.minusDays(LEAD_DAYS),
                termEnd,
                termEnd,
                overdue ? DueState.OVERDUE : DueState.PENDING,
                null,
                null,
                election == null ? null : election.date());
        return Optional.of(new Reminder(
                branchId,
                branchName,
                item,
                overdue,
                election == null ? null : election.eventId(),
                election == null ? null : election.date(),
                termEnd));
    }
}
