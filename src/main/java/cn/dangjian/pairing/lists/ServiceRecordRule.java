package cn.dangjian.pairing.lists;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns one branch's needs into its service record for a year. Pure, so the counting rules are unit-tested. */
final class ServiceRecordRule {

    private ServiceRecordRule() {}

    /**
     * One need as seen from one branch: {@code claimedOn} is the branch's own claim (null if it did not claim).
     */
    record NeedFact(
            long needId,
            LocalDate raisedOn,
            @Nullable LocalDate claimedOn,
            @Nullable LocalDate closedOn,
            @Nullable NeedRating rating) {}

    static ServiceRecord of(long branchId, String name, int year, Collection<NeedFact> facts) {
        int received = 0;
        int claimed = 0;
        int closed = 0;
        int rated = 0;
        int satisfied = 0;
        List<Long> days = new ArrayList<>();
        for (NeedFact f : facts) {
            if (f.raisedOn().getYear() == year) {
                received++;
            }
            if (f.claimedOn() == null) {
                continue;
            }
            if (f.claimedOn().getYear() == year) {
                claimed++;
            }
            if (f.closedOn() != null && f.closedOn().getYear() == year) {
                closed++;
                days.add(ChronoUnit.DAYS.between(f.raisedOn(), f.closedOn()));
                if (f.rating() != null) {
                    rated++;
                    if (f.rating().isSatisfied()) {
                        satisfied++;
                    }
                }
            }
        }
        return new ServiceRecord(branchId, name, received, claimed, closed, median(days), rated, satisfied);
    }

    static @Nullable Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
