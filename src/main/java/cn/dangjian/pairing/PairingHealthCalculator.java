package cn.dangjian.pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Gathers the evidence and goal counts of many pairings in three queries and applies the rule. */
@Component
class PairingHealthCalculator {

    private final PairingEvidenceRepository evidence;
    private final PairingGoalRepository goals;
    private final PairingHealthRule rule;
    private final Clock clock;

    PairingHealthCalculator(
            PairingEvidenceRepository evidence, PairingGoalRepository goals, PairingHealthRule rule, Clock clock) {
        this.evidence = evidence;
        this.goals = goals;
        this.rule = rule;
        this.clock = clock;
    }

    record Facts(
            int recentEvidence,
            @Nullable LocalDate lastEvidence,
            int goalsDue,
            int goalsDueMet,
            PairingHealthRule.@Nullable Verdict verdict,
            boolean reviewDue) {}

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    PairingHealthRule rule() {
        return rule;
    }

    Map<Long, Facts> facts(Collection<PairingBase> bases) {
        Map<Long, Facts> result = new HashMap<>();
        if (bases.isEmpty()) {
            return result;
        }
        LocalDate today = today();
        List<Long> ids = new ArrayList<>(bases.stream().map(PairingBase::id).toList());
        Map<Long, Object[]> activity = new HashMap<>();
        for (Object[] row :
                evidence.activitySince(ids, today.minusDays(rule.thresholds().windowDays()), today)) {
            activity.put((Long) row[0], row);
        }
        Map<Long, Long> linked = new HashMap<>();
        for (Object[] row : goals.countEvidenceByGoal(ids)) {
            linked.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Map<Long, int[]> goalCounts = new HashMap<>();
        for (PairingGoal g : goals.findByPairingIds(ids)) {
            if (g.getDueDate().isAfter(today)) {
                continue;
            }
            int[] c = goalCounts.computeIfAbsent(g.getPairing().getId(), k -> new int[2]);
            c[0]++;
            if (PairingHealthRule.goalMet(g.getMetDate(), g.getTargetCount(), linked.getOrDefault(g.getId(), 0L))) {
                c[1]++;
            }
        }
        for (PairingBase b : bases) {
            Object[] a = activity.get(b.id());
            int recent = a == null || a[1] == null ? 0 : ((Number) a[1]).intValue();
            LocalDate last = a == null ? null : (LocalDate) a[2];
            int[] g = goalCounts.getOrDefault(b.id(), new int[2]);
            PairingHealthRule.Verdict verdict = b.status().isLive()
                    ? rule.evaluate(new PairingHealthRule.Input(today, b.termStart(), recent, last, g[0], g[1]))
                    : null;
            boolean reviewDue = (b.status() == PairingStatus.ACTIVE || b.status() == PairingStatus.RENEWED)
                    && b.termEnd().isBefore(today);
            result.put(b.id(), new Facts(recent, last, g[0], g[1], verdict, reviewDue));
        }
        return result;
    }
}
