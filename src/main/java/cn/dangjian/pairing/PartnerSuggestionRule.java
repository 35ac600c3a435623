package cn.dangjian.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which functional branches could serve an unpaired clinical branch, best first, each with its
 * reasons in words. Order: fewest live pairings (spread the service load), then a branch that
 * worked with this one before, then the larger branch (more members to send), then code.
 */
public final class PartnerSuggestionRule {

    public static final int MAX_SUGGESTIONS = 3;

    /** A functional branch as the rule sees it. */
    public record Candidate(
            long branchId, String code, String name, int livePairings, long members, boolean pairedBefore) {}

    public record Reason(String key, List<Object> args) {}

    public record Suggestion(Candidate candidate, List<Reason> reasons) {}

    private PartnerSuggestionRule() {}

    public static List<Suggestion> suggest(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        int fewest = candidates.stream().mapToInt(Candidate::livePairings).min().orElse(0);
        List<Candidate> ordered = candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::livePairings)
                        .thenComparing(Candidate::pairedBefore, Comparator.reverseOrder())
                        .thenComparing(Candidate::members, Comparator.reverseOrder())
                        .thenComparing(Candidate::code))
                .limit(MAX_SUGGESTIONS)
                .toList();
        List<Suggestion> result = new ArrayList<>();
        for (Candidate c : ordered) {
            List<Reason> reasons = new ArrayList<>();
            reasons.add(new Reason(
                    c.livePairings() == fewest ? "pairing.suggest.reason.fewest" : "pairing.suggest.reason.load",
                    List.of(c.livePairings())));
            if (c.pairedBefore()) {
                reasons.add(new Reason("pairing.suggest.reason.before", List.of()));
            }
            reasons.add(new Reason("pairing.suggest.reason.members", List.of(c.members())));
            result.add(new Suggestion(c, reasons));
        }
        return result;
    }
}
