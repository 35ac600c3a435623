package cn.dangjian.assessment;

import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The campaign as a workbook: scores per indicator per branch, grades, honours (as the points evaluation). */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
public class ExportService {

    private final AssessmentAccess access;
    private final SheetRepository sheets;
    private final ScoreRepository scores;
    private final SheetComputer computer;
    private final ResultsService results;
    private final HonourService honours;
    private final OrganizationDirectory organization;

    ExportService(
            AssessmentAccess access,
            SheetRepository sheets,
            ScoreRepository scores,
            SheetComputer computer,
            ResultsService results,
            HonourService honours,
            OrganizationDirectory organization) {
        this.access = access;
        this.sheets = sheets;
        this.scores = scores;
        this.computer = computer;
        this.results = results;
        this.honours = honours;
        this.organization = organization;
    }

    /** {@code labels} translates bundle keys, so the file is in the viewer's language. */
    @Transactional(readOnly = true)
    public byte[] exportXlsx(long campaignId, Function<String, String> labels) {
        Campaign c = access.campaign(campaignId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "dangjian-console", "1.0");
            scoreSheet(wb.newWorksheet(labels.apply("assessment.export.scores")), c, labels);
            Worksheet grades = wb.newWorksheet(labels.apply("assessment.export.grades"));
            header(
                    grades,
                    labels.apply("assessment.col.code"),
                    labels.apply("assessment.col.branch"),
                    labels.apply("assessment.col.group"),
                    labels.apply("assessment.col.total"),
                    labels.apply("assessment.col.band"),
                    labels.apply("assessment.col.stars"),
                    labels.apply("assessment.col.rank"),
                    labels.apply("assessment.col.benchmark"),
                    labels.apply("assessment.col.vetoed"));
            int r = 1;
            for (ResultRow row : results.results(campaignId)) {
                Grade g = row.grade();
                grades.value(r, 0, row.code());
                grades.value(r, 1, row.branchName());
                grades.value(r, 2, labels.apply("enum.PeerGroup." + g.group()));
                grades.value(r, 3, g.total());
                grades.value(r, 4, labels.apply("enum.GradeBand." + g.band()));
                grades.value(r, 5, g.stars());
                grades.value(r, 6, g.peerRank());
                grades.value(r, 7, g.benchmarkCandidate() ? "✓" : "");
                grades.value(r, 8, g.vetoed() ? "✓" : "");
                r++;
            }
            Worksheet hs = wb.newWorksheet(labels.apply("assessment.export.honours"));
            header(
                    hs,
                    labels.apply("assessment.col.award"),
                    labels.apply("assessment.col.recipient"),
                    labels.apply("assessment.col.decidedOn"),
                    labels.apply("assessment.col.citation"));
            r = 1;
            for (HonourRow h : honours.ofYear(c.getYear())) {
                hs.value(r, 0, labels.apply("enum.AwardKind." + h.award()));
                hs.value(r, 1, h.recipient());
                hs.value(r, 2, h.decidedOn().toString());
                hs.value(r, 3, h.citation() == null ? "" : h.citation());
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void scoreSheet(Worksheet ws, Campaign c, Function<String, String> labels) {
        List<SchemeItem> indicators = computer.itemsOf(c).values().stream()
                .filter(i -> !i.isDimension())
                .sorted((a, b) -> Integer.compare(a.getPosition(), b.getPosition()))
                .toList();
        ws.value(0, 0, labels.apply("assessment.col.code"));
        ws.value(0, 1, labels.apply("assessment.col.branch"));
        for (int i = 0; i < indicators.size(); i++) {
            ws.value(0, 2 + i, indicators.get(i).getName());
        }
        ws.value(0, 2 + indicators.size(), labels.apply("assessment.col.total"));
        ws.style(0, 0).bold().set();
        Map<Long, BranchRef> branches = organization.branchesById();
        List<Sheet> all = sheets.findByCampaignId(c.getId()).stream()
                .filter(s -> branches.containsKey(s.getBranchId()))
                .sorted((a, b) -> branches.get(a.getBranchId())
                        .code()
                        .compareTo(branches.get(b.getBranchId()).code()))
                .toList();
        Map<Long, Map<Long, Score>> bySheet = new HashMap<>();
        scores.findBySheetIdIn(all.stream().map(Sheet::getId).toList())
                .forEach(s -> bySheet.computeIfAbsent(s.getSheetId(), k -> new HashMap<>())
                        .put(s.getItemId(), s));
        int r = 1;
        for (Sheet s : all) {
            BranchRef b = branches.get(s.getBranchId());
            ws.value(r, 0, b.code());
            ws.value(r, 1, b.name());
            for (int i = 0; i < indicators.size(); i++) {
                SchemeItem item = indicators.get(i);
                Score score = bySheet.getOrDefault(s.getId(), Map.of()).get(item.getId());
                if (score != null && item.getMeasure() != null) {
                    ws.value(r, 2 + i, score.effective(item.getMeasure()));
                }
            }
            ws.value(r, 2 + indicators.size(), s.getTotal());
            r++;
        }
    }

    private static void header(Worksheet ws, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            ws.value(0, c, titles[c]);
            ws.style(0, c).bold().set();
        }
    }
}
