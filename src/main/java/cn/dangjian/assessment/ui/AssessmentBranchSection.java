package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.BranchResult;
import cn.dangjian.assessment.HonourRow;
import cn.dangjian.assessment.HonourService;
import cn.dangjian.assessment.ResultsService;
import cn.dangjian.common.ui.BranchSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;

/**
 * The branch page's assessment: each year's grade and stars the viewer may see, latest first, each linking to its
 * sheet (the drill-down), and the branch's honours.
 */
@SpringComponent
class AssessmentBranchSection implements BranchSection {

    private final ResultsService results;
    private final HonourService honours;

    AssessmentBranchSection(ResultsService results, HonourService honours) {
        this.results = results;
        this.honours = honours;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Component> create(long branchId) {
        List<BranchResult> years = results.branchResults(branchId);
        List<HonourRow> honoured = honours.ofBranch(branchId);
        if (years.isEmpty() && honoured.isEmpty()) {
            return Optional.empty();
        }
        Div box = new Div();
        box.setId("branch-assessment");
        box.add(new H3(box.getTranslation("assessment.section.title")));
        for (BranchResult r : years) {
            Span grade = new Span(box.getTranslation(
                    "assessment.section.grade",
                    String.valueOf(r.year()),
                    box.getTranslation("enum.GradeBand." + r.grade().band()),
                    "★".repeat(r.grade().stars()),
                    ScoreDialog.format(r.grade().total()),
                    box.getTranslation("enum.PeerGroup." + r.grade().group()),
                    r.grade().peerRank(),
                    box.getTranslation("enum.CampaignStatus." + r.status())));
            grade.setId("branch-assessment-" + r.year());
            grade.addClassName("branch-assessment-grade");
            RouterLink details = new RouterLink(
                    box.getTranslation("assessment.section.details"),
                    SheetView.class,
                    new RouteParameters("sheetId", String.valueOf(r.sheetId())));
            details.setId("branch-assessment-details-" + r.year());
            Div line = new Div(grade, new Span(" "), details);
            box.add(line);
        }
        if (!honoured.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (HonourRow h : honoured) {
                list.add(new ListItem(h.year() + " · " + box.getTranslation("enum.AwardKind." + h.award()) + " ("
                        + h.decidedOn() + ")"));
            }
            box.add(new H3(box.getTranslation("assessment.honour.title")), list);
        }
        return Optional.of(box);
    }
}
