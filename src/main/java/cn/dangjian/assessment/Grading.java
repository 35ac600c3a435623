package cn.dangjian.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Totals to grades: bands and stars by score, the 五星 quota, peer-group ranks and 标杆 candidates. Pure. */
public final class Grading {

    private Grading() {}

    /** One branch's total as grading needs it. */
    public record Input(long branchId, PeerGroup group, double total, boolean vetoed) {}

    public static List<Grade> grade(List<Input> inputs, GradeSettings s) {
        List<Input> best = new ArrayList<>(inputs);
        best.sort(Comparator.comparingDouble(Input::total).reversed().thenComparingLong(Input::branchId));
        // The quota keeps 五星 for the best-scored eligible branches; the rest drop to 四星.
        int fiveStarsAllowed = s.fiveStarQuotaPct() <= 0
                ? Integer.MAX_VALUE
                : Math.max(1, (int) Math.floor(inputs.size() * s.fiveStarQuotaPct() / 100.0));
        Map<Long, Integer> stars = new HashMap<>();
        int fiveGiven = 0;
        for (Input in : best) {
            int st = starsOf(in.total(), s);
            if (in.vetoed()) {
                st = Math.min(st, 4);
            }
            if (st == 5) {
                if (fiveGiven < fiveStarsAllowed) {
                    fiveGiven++;
                } else {
                    st = 4;
                }
            }
            stars.put(in.branchId(), st);
        }
        Map<Long, Integer> ranks = new HashMap<>();
        Set<Long> candidates = new HashSet<>();
        Map<PeerGroup, List<Input>> byGroup = new LinkedHashMap<>();
        best.forEach(in ->
                byGroup.computeIfAbsent(in.group(), g -> new ArrayList<>()).add(in));
        byGroup.values().forEach(group -> {
            int rank = 0;
            double previous = Double.NaN;
            int n = 0;
            int picked = 0;
            for (Input in : group) {
                n++;
                if (in.total() != previous) {
                    rank = n;
                    previous = in.total();
                }
                ranks.put(in.branchId(), rank);
                if (!in.vetoed() && in.total() >= s.benchmarkMinScore() && picked < s.benchmarkTopN()) {
                    candidates.add(in.branchId());
                    picked++;
                }
            }
        });
        List<Grade> result = new ArrayList<>();
        for (Input in : best) {
            GradeBand band = bandOf(in.total(), s);
            if (in.vetoed() && band == GradeBand.EXCELLENT) {
                band = GradeBand.GOOD;
            }
            result.add(new Grade(
                    in.branchId(),
                    in.group(),
                    in.total(),
                    in.vetoed(),
                    band,
                    stars.get(in.branchId()),
                    ranks.get(in.branchId()),
                    candidates.contains(in.branchId())));
        }
        return result;
    }

    static GradeBand bandOf(double total, GradeSettings s) {
        if (total >= s.excellentMin()) {
            return GradeBand.EXCELLENT;
        }
        if (total >= s.goodMin()) {
            return GradeBand.GOOD;
        }
        return total >= s.passMin() ? GradeBand.FAIR : GradeBand.POOR;
    }

    static int starsOf(double total, GradeSettings s) {
        if (total >= s.fiveStarMin()) {
            return 5;
        }
        if (total >= s.fourStarMin()) {
            return 4;
        }
        if (total >= s.threeStarMin()) {
            return 3;
        }
        return total >= s.twoStarMin() ? 2 : 1;
    }
}
