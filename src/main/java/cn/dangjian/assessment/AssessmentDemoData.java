package cn.dangjian.assessment;

import cn.dangjian.calendar.CalendarEntry;
import cn.dangjian.calendar.CalendarFilter;
import cn.dangjian.calendar.CalendarService;
import cn.dangjian.calendar.EventStatus;
import cn.dangjian.demo.DemoDataContributor;
import cn.dangjian.points.MemberScore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Last year's campaign published and locked with honours; this year's in self-assessment, a few branches
 * submitted, 妇产科 (C08) and 康复中医 (C11) still open for their secretaries.
 */
@Component
@Profile("demo")
class AssessmentDemoData implements DemoDataContributor {

    private static final Set<String> LEFT_OPEN = Set.of("C08", "C11");

    private final CampaignService campaigns;
    private final SheetService sheets;
    private final ResultsService results;
    private final HonourService honours;
    private final CalendarService calendar;
    private final CampaignRepository campaignRepository;
    private final SheetRepository sheetRepository;
    private final SheetComputer computer;
    private final Clock clock;

    AssessmentDemoData(
            CampaignService campaigns,
            SheetService sheets,
            ResultsService results,
            HonourService honours,
            CalendarService calendar,
            CampaignRepository campaignRepository,
            SheetRepository sheetRepository,
            SheetComputer computer,
            Clock clock) {
        this.campaigns = campaigns;
        this.sheets = sheets;
        this.results = results;
        this.honours = honours;
        this.calendar = calendar;
        this.campaignRepository = campaignRepository;
        this.sheetRepository = sheetRepository;
        this.computer = computer;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public boolean alreadyLoaded() {
        return campaignRepository.count() > 0;
    }

    @Override
    @Transactional
    public void load() {
        int year = LocalDate.now(clock).getYear();
        lastYear(year - 1);
        Campaign current = campaigns.start(year);
        submit(
                current,
                campaigns.sheets(current.getId()).stream()
                        .filter(r -> !LEFT_OPEN.contains(r.code()))
                        .limit(4)
                        .toList());
    }

    /**
     * Self-assesses and submits the sheets. The records are read once for all of them: submitting one by one
     * (which reads the whole hospital's records each time, as a last recomputation) made start-up slow.
     */
    private void submit(Campaign c, List<SheetRow> rows) {
        rows.forEach(r -> selfAssess(r.sheetId()));
        List<Sheet> all =
                sheetRepository.findAllById(rows.stream().map(SheetRow::sheetId).toList());
        computer.compute(c, all);
        Instant now = Instant.now(clock);
        all.forEach(s -> s.submit(now));
        sheetRepository.saveAll(all);
    }

    private void lastYear(int year) {
        Campaign c = campaigns.start(year);
        List<SheetRow> rows = campaigns.sheets(c.getId());
        submit(c, rows);
        // The office's review: a deduction where the committee's term ran out, a bonus for the seeds' pairing.
        for (SheetRow row : rows) {
            String reason = switch (row.code()) {
                case "C12" -> "换届逾期，扣分";
                case "C08" -> "获市级表彰";
                default -> null;
            };
            if (reason != null) {
                Measure wanted = row.code().equals("C08") ? Measure.BONUS : Measure.DEDUCTION;
                sheets.detail(row.sheetId()).lines().stream()
                        .filter(l -> l.measure() == wanted)
                        .findFirst()
                        .ifPresent(l -> sheets.review(l.scoreId(), l.version(), 2.0, reason));
            }
        }
        c = campaigns.publish(c.getId(), c.getVersion());
        c.backdate(LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 1, 15), 7, LocalDate.of(year + 1, 1, 23));
        LocalDate decided = LocalDate.of(year + 1, 1, 25);
        List<ResultRow> graded = results.results(c.getId());
        graded.stream()
                .filter(r -> r.grade().benchmarkCandidate())
                .forEach(r -> honours.add(new HonourInput(
                        year, AwardKind.ADVANCED_BRANCH, null, r.grade().branchId(), null, decided, null)));
        List<MemberScore> shortlist = honours.memberProposals(year);
        shortlist.stream()
                .limit(5)
                .forEach(m -> honours.add(
                        new HonourInput(year, AwardKind.EXCELLENT_MEMBER, m.memberId(), null, null, decided, null)));
        if (!graded.isEmpty()) {
            long best = graded.get(0).grade().branchId();
            List<CalendarEntry> held = calendar.entries(
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year + 1, 1, 1),
                    new CalendarFilter(best, Set.of(), Set.of(EventStatus.HELD)));
            if (!held.isEmpty()) {
                honours.add(new HonourInput(
                        year,
                        AwardKind.BEST_PARTY_DAY,
                        null,
                        best,
                        held.get(held.size() - 1).id(),
                        decided,
                        held.get(held.size() - 1).title()));
            }
        }
    }

    /** Deterministic self-scores between 60 % and 100 % of the maximum, varying by branch and indicator. */
    private void selfAssess(long sheetId) {
        SheetDetail d = sheets.detail(sheetId);
        for (ScoreLine l : d.lines()) {
            if (l.measure() == Measure.MANUAL) {
                double share = 0.6 + ((d.branchId() * 7 + l.scoreId() * 3) % 5) * 0.1;
                sheets.selfAssess(l.scoreId(), l.version(), Measures.round(l.max() * share), "对照年度计划逐项落实，台账齐全。");
            }
        }
    }
}
