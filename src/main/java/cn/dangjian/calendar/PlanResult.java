package cn.dangjian.calendar;

/** What a generation did: events created, and duty periods already planned or fulfilled. */
public record PlanResult(int created, int existing) {

    PlanResult plus(PlanResult other) {
        return new PlanResult(created + other.created, existing + other.existing);
    }
}
