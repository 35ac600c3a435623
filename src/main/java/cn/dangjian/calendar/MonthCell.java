package cn.dangjian.calendar;

/**
 * One branch's duties falling due in one month, by outcome; {@code unplanned} counts the pending ones with no
 * planned event in their period (未安排), a part of {@code pending}.
 */
public record MonthCell(int month, int due, int onTime, int late, int overdue, int pending, int unplanned) {

    public MonthCell(int month, int due, int onTime, int late, int overdue, int pending) {
        this(month, due, onTime, late, overdue, pending, 0);
    }

    /** Share of the items already decided that were held on time (late counts half); -1 when nothing was due yet. */
    public double score() {
        int decided = due - pending;
        return decided == 0 ? -1 : (onTime + late * 0.5) / decided;
    }

    MonthCell plus(MonthCell o) {
        return new MonthCell(
                month,
                due + o.due,
                onTime + o.onTime,
                late + o.late,
                overdue + o.overdue,
                pending + o.pending,
                unplanned + o.unplanned);
    }
}
