package cn.dangjian.assessment;

import cn.dangjian.common.contracts.CoConstructionFacts;
import cn.dangjian.common.contracts.FollowUpFacts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The automatic formulas: pure functions of a branch's facts, so each is tested alone and reproduced in tests. */
public final class Measures {

    private Measures() {}

    public static Outcome evaluate(Formula formula, double low, double high, double max, BranchFacts f) {
        long b = f.branchId();
        return switch (formula) {
            case DUTY_ON_TIME ->
                f.dutiesDecided() == 0
                        ? new Outcome(max, "assessment.evidence.nothingDue", List.of(), dutyLink(f))
                        : new Outcome(
                                linear((double) f.dutiesOnTime() / f.dutiesDecided(), low, high, max),
                                "assessment.evidence.duty",
                                List.of(f.dutiesOnTime(), f.dutiesDecided()),
                                dutyLink(f));
            case COMMITTEE_VALID -> pass(f.committeeProblems(), max, "branches/" + b);
            case BRANCH_SIZE -> pass(f.sizeProblems(), max, "branches/" + b);
            case MEMBERS_GOOD_SHARE ->
                new Outcome(
                        f.members() == 0 ? 0 : linear((double) f.membersGoodOrBetter() / f.members(), low, high, max),
                        "assessment.evidence.goodShare",
                        List.of(f.membersGoodOrBetter(), f.members()),
                        "points/branch");
            case AVERAGE_POINTS ->
                new Outcome(
                        f.members() == 0 ? 0 : linear(f.averagePoints(), low, high, max),
                        "assessment.evidence.average",
                        List.of(round(f.averagePoints())),
                        "points/branch");
            case PAIRING_ALIVE ->
                new Outcome(
                        f.livePairings() == 0
                                ? 0
                                : linear((double) f.alivePairings() / f.livePairings(), low, high, max),
                        "assessment.evidence.alive",
                        List.of(f.alivePairings(), f.livePairings()),
                        "pairings");
            case PAIRING_GOALS_MET ->
                new Outcome(
                        f.goalsDue() == 0
                                ? (f.livePairings() == 0 ? 0 : max)
                                : linear((double) f.goalsDueMet() / f.goalsDue(), low, high, max),
                        "assessment.evidence.goals",
                        List.of(f.goalsDueMet(), f.goalsDue()),
                        "pairings");
            case JOINT_EVENTS -> {
                int n = f.coConstruction() != null ? f.coConstruction().jointEventsHeld() : f.jointEvents();
                yield new Outcome(linear(n, low, high, max), "assessment.evidence.joint", List.of(n), "calendar");
            }
            case DUAL_LEADER ->
                new Outcome(
                        f.dualLeader() ? max : 0,
                        f.hasSecretary()
                                ? (f.dualLeader() ? "assessment.evidence.dualYes" : "assessment.evidence.dualNo")
                                : "assessment.evidence.noSecretary",
                        List.of(),
                        "branches/" + b);
            case KEY_TASKS_ON_TIME -> keyTasks(f.followUp(), low, high, max);
            case BRAND_MONTHS ->
                f.brandMonths() == null
                        ? noSource()
                        : new Outcome(
                                linear(f.brandMonths(), low, high, max),
                                "assessment.evidence.brand",
                                List.of(f.brandMonths()),
                                "");
            case NEEDS_SATISFIED -> needs(f.coConstruction(), low, high, max);
            case BRANCH_HONOURS ->
                new Outcome(
                        round(Math.min(max, Math.max(0, low) * f.honoursLastYear())),
                        "assessment.evidence.honours",
                        List.of(f.honoursLastYear(), f.year() - 1),
                        "assessment");
        };
    }

    private static String dutyLink(BranchFacts f) {
        return "calendar/compliance/" + f.branchId() + "?year=" + f.year();
    }

    private static Outcome pass(List<String> problems, double max, String link) {
        return problems.isEmpty()
                ? new Outcome(max, "assessment.evidence.rulesMet", List.of(), link)
                : new Outcome(0, "assessment.evidence.rulesBroken", List.of(String.join(",", problems)), link);
    }

    private static Outcome keyTasks(FollowUpFacts.@Nullable Assignments a, double low, double high, double max) {
        if (a == null) {
            return noSource();
        }
        double score = a.total() == 0 ? max : linear((double) a.acceptedOnTime() / a.total(), low, high, max);
        return new Outcome(score, "assessment.evidence.tasks", List.of(a.acceptedOnTime(), a.total()), "");
    }

    private static Outcome needs(CoConstructionFacts.@Nullable Joint j, double low, double high, double max) {
        if (j == null) {
            return noSource();
        }
        double score =
                j.needsReceived() == 0 ? max : linear((double) j.needsSatisfied() / j.needsReceived(), low, high, max);
        return new Outcome(
                score,
                "assessment.evidence.needs",
                List.of(j.needsClosed(), j.needsSatisfied(), j.needsReceived()),
                "");
    }

    /** The feature that keeps these records is not installed: scored 0, and the sheet says why. */
    static Outcome noSource() {
        return new Outcome(0, "assessment.evidence.noSource", List.of(), "");
    }

    /** 0 at or below {@code low}, {@code max} at or above {@code high}, a straight line between; one decimal. */
    public static double linear(double x, double low, double high, double max) {
        if (high <= low) {
            return x >= high ? max : 0;
        }
        double share = Math.max(0, Math.min(1, (x - low) / (high - low)));
        return round(share * max);
    }

    public static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
