package cn.dangjian.pairing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Alive, slowing or dormant, from what a live pairing did in the last quarter and the goals it has
 * met of those already due. Pure: the thresholds are data, shown to the administrator on screen.
 */
public final class PairingHealthRule {

    /**
     * @param windowDays        how far back "recent" evidence reaches (a quarter)
     * @param aliveMinEvidence  pieces of recent evidence an alive pairing has at least
     * @param aliveMinGoalShare share of due goals an alive pairing has met (0..1)
     * @param graceDays         a pairing younger than this is not yet called dormant for lack of evidence
     */
    public record Thresholds(int windowDays, int aliveMinEvidence, double aliveMinGoalShare, int graceDays) {
        public static final Thresholds DEFAULT = new Thresholds(90, 2, 0.5, 45);
    }

    /** What the rule looks at. {@code lastEvidence} is the latest evidence ever, null when none. */
    public record Input(
            LocalDate today,
            LocalDate termStart,
            int recentEvidence,
            @Nullable LocalDate lastEvidence,
            int goalsDue,
            int goalsDueMet) {}

    /** The verdict with the reason in words: an i18n key and its arguments. */
    public record Verdict(PairingHealth health, String reasonKey, List<Object> reasonArgs) {}

    private final Thresholds thresholds;

    public PairingHealthRule(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public Verdict evaluate(Input in) {
        int window = thresholds.windowDays();
        if (in.recentEvidence() == 0) {
            // Every reason states only what the data shows: the pairing's real age, never the window as its age.
            long age = Math.max(0, ChronoUnit.DAYS.between(in.termStart(), in.today()));
            boolean young = age < thresholds.graceDays();
            PairingHealth health = young ? PairingHealth.SLOWING : PairingHealth.DORMANT;
            if (in.lastEvidence() != null) {
                return new Verdict(
                        health,
                        "pairing.health.reason.none",
                        List.of(window, in.lastEvidence().toString()));
            }
            return young
                    ? new Verdict(health, "pairing.health.reason.youngNoRecord", List.of(age, thresholds.graceDays()))
                    : new Verdict(health, "pairing.health.reason.noRecordSince", List.of(age));
        }
        boolean goalsOk =
                in.goalsDue() == 0 || (double) in.goalsDueMet() / in.goalsDue() >= thresholds.aliveMinGoalShare();
        if (in.recentEvidence() >= thresholds.aliveMinEvidence() && goalsOk) {
            return new Verdict(
                    PairingHealth.ALIVE,
                    "pairing.health.reason.alive",
                    List.of(in.recentEvidence(), window, in.goalsDueMet(), in.goalsDue()));
        }
        if (!goalsOk) {
            return new Verdict(
                    PairingHealth.SLOWING,
                    "pairing.health.reason.goalsBehind",
                    List.of(in.goalsDueMet(), in.goalsDue()));
        }
        return new Verdict(
                PairingHealth.SLOWING,
                "pairing.health.reason.fewEvidence",
                List.of(in.recentEvidence(), window, thresholds.aliveMinEvidence()));
    }

    /** A goal is met when marked so, or when enough evidence is linked to it. */
    public static boolean goalMet(@Nullable LocalDate metDate, @Nullable Integer targetCount, long linkedEvidence) {
        return metDate != null || (targetCount != null && targetCount > 0 && linkedEvidence >= targetCount);
    }
}
