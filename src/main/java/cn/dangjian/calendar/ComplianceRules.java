package cn.dangjian.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The compliance arithmetic, free of the database so its edge cases are unit-tested. The policy
 * (see docs/decisions/0015-calendar-compliance.md):
 * <ul>
 * <li>A period is a month, a quarter or a year; its due date is the period's end, or the end of the
 * window month when the rule has one (a yearly duty "by December", a quarterly one "in its second month").</li>
 * <li>A held event first satisfies the period it was held in: on time up to the due date, late after it
 * (possible when the window ends before the period does). Events held before the period starts never count
 * for it: "early" means inside the period, before the due date.</li>
 * <li>A surplus event (its own period already satisfied) makes up the earliest earlier unsatisfied period, late.</li>
 * <li>Only events held within the evaluated year count, so no event is counted in two years.</li>
 * <li>Cancelled and merely planned events never count; unsatisfied items are overdue after their due date,
 * pending until then.</li>
 * </ul>
 */
public final class ComplianceRules {

    private ComplianceRules() {}

    /** A held event of a branch: its id, type and the date it was held. */
    public record Held(long eventId, long typeId, LocalDate heldDate) {}

    /** The year's due items of one duty, open (PENDING) until evaluated: the annual timetable. */
    public static List<DueItem> schedule(DutySpec spec, int year) {
        List<DueItem> items = new ArrayList<>();
        switch (spec.recurrence()) {
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    YearMonth ym = YearMonth.of(year, m);
                    items.add(item(spec, ym.atDay(1), ym.atEndOfMonth(), ym.atEndOfMonth()));
                }
            }
            case QUARTERLY -> {
                for (int q = 0; q < 4; q++) {
                    YearMonth first = YearMonth.of(year, q * 3 + 1);
                    YearMonth last = first.plusMonths(2);
                    int offset = spec.windowMonth() == null ? 2 : Math.min(2, Math.max(0, spec.windowMonth() - 1));
                    items.add(item(
                            spec,
                            first.atDay(1),
                            last.atEndOfMonth(),
                            first.plusMonths(offset).atEndOfMonth()));
                }
            }
            case YEARLY -> {
                int month = spec.windowMonth() == null ? 12 : spec.windowMonth();
                items.add(item(
                        spec,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        YearMonth.of(year, month).atEndOfMonth()));
            }
        }
        return items;
    }

    private static DueItem item(DutySpec spec, LocalDate start, LocalDate end, LocalDate due) {
        return new DueItem(
                spec.typeId(), spec.typeCode(), spec.recurrence(), start, end, due, DueState.PENDING, null, null);
    }

    /** Every due item of the duties in the year for a branch that existed all along (founding date unknown). */
    public static List<DueItem> evaluate(List<DutySpec> duties, List<Held> held, int year, LocalDate today) {
        return evaluate(duties, held, year, today, null);
    }

    /**
     * Whether a branch founded on {@code foundedOn} owes this item: it does when it existed by the first day of
     * the month the item falls due in, so a new branch always has at least that whole month to hold it. Periods
     * that ended before the founding are never owed; the one it was founded in is owed when its due month starts
     * on or after the founding (a quarterly duty due at the quarter's end, founded in the quarter's first month).
     */
    public static boolean owed(DueItem item, @Nullable LocalDate foundedOn) {
        return foundedOn == null || !foundedOn.isAfter(item.dueDate().withDayOfMonth(1));
    }

    /** Every due item the branch owes in the year (see {@link #owed}), matched against its held events. */
    public static List<DueItem> evaluate(
            List<DutySpec> duties, List<Held> held, int year, LocalDate today, @Nullable LocalDate foundedOn) {
        Map<Long, List<Held>> byType = held.stream()
                .filter(h -> h.heldDate().getYear() == year)
                .sorted(Comparator.comparing(Held::heldDate).thenComparing(Held::eventId))
                .collect(Collectors.groupingBy(Held::typeId));
        List<DueItem> result = new ArrayList<>();
        for (DutySpec spec : duties) {
            List<DueItem> items = new ArrayList<>(schedule(spec, year).stream()
                    .filter(it -> owed(it, foundedOn))
                    .toList());
            List<Held> surplus = new ArrayList<>();
            for (Held h : byType.getOrDefault(spec.typeId(), List.of())) {
                int own = periodOf(items, h.heldDate());
                if (own >= 0 && items.get(own).eventId() == null) {
                    items.set(own, items.get(own).satisfiedBy(h.eventId(), h.heldDate()));
                } else {
                    surplus.add(h);
                }
            }
            for (Held h : surplus) {
                for (int i = 0; i < items.size(); i++) {
                    DueItem it = items.get(i);
                    if (it.eventId() == null && it.dueDate().isBefore(h.heldDate())) {
                        items.set(i, it.satisfiedBy(h.eventId(), h.heldDate()));
                        break;
                    }
                }
            }
            for (DueItem it : items) {
                result.add(
                        it.eventId() != null || !it.dueDate().isBefore(today)
                                ? it
                                : new DueItem(
                                        it.typeId(),
                                        it.typeCode(),
                                        it.recurrence(),
                                        it.periodStart(),
                                        it.periodEnd(),
                                        it.dueDate(),
                                        DueState.OVERDUE,
                                        null,
                                        null));
            }
        }
        result.sort(Comparator.comparing(DueItem::dueDate).thenComparing(DueItem::typeCode));
        return result;
    }

    /** A planned (not yet held) event of a branch's duty type. */
    public record Planned(long eventId, LocalDate date) {}

    /**
     * The planned event that covers this item, if any: only one inside the item's own period. A planned event
     * fulfils its own period first, so a later one never answers for an earlier, overdue period; a reminder must
     * never reassure about a duty no plan covers. Matching by period bounds, not by the period's first day,
     * keeps a year, its first quarter and its first month apart although they start on the same day.
     */
    public static @Nullable Planned plannedFor(DueItem item, List<Planned> planned) {
        for (Planned p : planned) {
            if (!p.date().isBefore(item.periodStart()) && !p.date().isAfter(item.periodEnd())) {
                return p;
            }
        }
        return null;
    }

    /**
     * Marks each open item with the planned event inside its own period (see {@link #plannedFor}), so the views
     * tell 已安排 from 未安排 before anything is overdue. plannedByType: type id → planned events, earliest first.
     */
    public static List<DueItem> withPlans(List<DueItem> items, Map<Long, List<Planned>> plannedByType) {
        List<DueItem> result = new ArrayList<>(items.size());
        for (DueItem it : items) {
            Planned p = it.state() == DueState.PENDING
                    ? plannedFor(it, plannedByType.getOrDefault(it.typeId(), List.of()))
                    : null;
            result.add(p == null ? it : it.plannedOn(p.date()));
        }
        return result;
    }

    private static int periodOf(List<DueItem> items, LocalDate date) {
        for (int i = 0; i < items.size(); i++) {
            if (!date.isBefore(items.get(i).periodStart())
                    && !date.isAfter(items.get(i).periodEnd())) {
                return i;
            }
        }
        return -1;
    }

    /** The year's items counted per month of their due date (index 0 = January). */
    public static MonthCell[] byMonth(List<DueItem> items) {
        int[][] c = new int[12][6];
        for (DueItem it : items) {
            int[] cell = c[it.dueDate().getMonthValue() - 1];
            cell[0]++;
            cell[1 + it.state().ordinal()]++;
            if (it.unplanned()) {
                cell[5]++;
            }
        }
        MonthCell[] cells = new MonthCell[12];
        for (int m = 0; m < 12; m++) {
            cells[m] = new MonthCell(m + 1, c[m][0], c[m][1], c[m][2], c[m][3], c[m][4], c[m][5]);
        }
        return cells;
    }
}
