package cn.dangjian.calendar;

/** One branch's duties falling due in one month, by outcome. */
public record MonthCell(int month, int due, int onTime, int late, int overdue, int pending) {

    /** Share of the items already decided that were held on time (late counts half); -1 when nothing was due yet. */
    public double score() {
        int decided = due - pending;
        return decided == 0 ? -1 : (onTime + late * 0.5) / decided;
    }

    MonthCell plus(MonthCell o) {
        return new MonthCell(
                month, due + o.due, onTime + o.onTime, late + o.late, overdue + o.overdue, pending + o.pending);
    }
}
