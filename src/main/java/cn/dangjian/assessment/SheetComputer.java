package cn.dangjian.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Fills the automatic indicators of open sheets from the records, and keeps every sheet's total current. */
@Component
class SheetComputer {

    private final FactsReader facts;
    private final SchemeItemRepository items;
    private final ScoreRepository scores;
    private final Clock clock;

    SheetComputer(FactsReader facts, SchemeItemRepository items, ScoreRepository scores, Clock clock) {
        this.facts = facts;
        this.items = items;
        this.scores = scores;
        this.clock = clock;
    }

    /** Recomputes the automatic scores of the given sheets of one campaign from one reading of the records. */
    void compute(Campaign campaign, Collection<Sheet> sheets) {
        Map<Long, BranchFacts> all = facts.read(campaign.getYear());
        List<SchemeItem> indicators = items.findBySchemeIdOrderByPositionAscIdAsc(campaign.getSchemeId());
        Map<Long, SchemeItem> byId = new HashMap<>();
        indicators.forEach(i -> byId.put(i.getId(), i));
        Instant now = Instant.now(clock);
        Map<Long, List<Score>> bySheet = new HashMap<>();
        scores.findBySheetIdIn(sheets.stream().map(Sheet::getId).toList())
                .forEach(s -> bySheet.computeIfAbsent(s.getSheetId(), k -> new ArrayList<>())
                        .add(s));
        for (Sheet sheet : sheets) {
            BranchFacts f = all.get(sheet.getBranchId());
            for (Score score : bySheet.getOrDefault(sheet.getId(), List.of())) {
                SchemeItem item = byId.get(score.getItemId());
                if (item != null && item.getMeasure() == Measure.AUTOMATIC && item.getFormula() != null && f != null) {
                    score.computed(
                            Measures.evaluate(item.getFormula(), item.low(), item.high(), item.getMaxScore(), f));
                }
            }
            sheet.computed(now);
            total(sheet, bySheet.getOrDefault(sheet.getId(), List.of()), byId);
        }
    }

    /** The sheet's total: indicators plus bonuses minus deductions (never below 0); any veto marks it. */
    static void total(Sheet sheet, List<Score> scores, Map<Long, SchemeItem> items) {
        double total = 0;
        boolean vetoed = false;
        for (Score s : scores) {
            SchemeItem item = items.get(s.getItemId());
            if (item == null || item.getMeasure() == null) {
                continue;
            }
            double v = s.effective(item.getMeasure());
            switch (item.getMeasure()) {
                case AUTOMATIC, MANUAL, BONUS -> total += v;
                case DEDUCTION -> total -= v;
                case VETO -> vetoed |= v > 0;
            }
        }
        sheet.totals(Measures.round(Math.max(0, total)), vetoed);
    }

    Map<Long, SchemeItem> itemsOf(Campaign c) {
        Map<Long, SchemeItem> byId = new HashMap<>();
        items.findBySchemeIdOrderByPositionAscIdAsc(c.getSchemeId()).forEach(i -> byId.put(i.getId(), i));
        return byId;
    }
}
