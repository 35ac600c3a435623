package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.BranchResult;
import cn.dangjian.assessment.HonourRow;
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
import java.util.Optional;

/** The branch page's assessment: the latest grade and stars the viewer may see (links to the sheet), and honours. */
@SpringComponent
class AssessmentBranchSection implements BranchSection {

    private final ResultsService results;

    AssessmentBranchSection(ResultsService results) {
        this.results = results;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Component> create(long branchId) {
        return results.branchResult(branchId).map(this::section);
    }

    private Component section(BranchResult r) {
        Div box = new Div();
        box.setId("branch-assessment");
        box.add(new H3(box.getTranslation("assessment.section.title", r.year())));
        Span grade = new Span(box.getTranslation(
                "assessment.section.grade",
                box.getTranslation("enum.GradeBand." + r.grade().band()),
                "★".repeat(r.grade().stars()),
                ScoreDialog.format(r.grade().total()),
                box.getTranslation("enum.PeerGroup." + r.grade().group()),
                r.grade().peerRank(),
                box.getTranslation("enum.CampaignStatus." + r.status())));
        grade.setId("branch-assessment-grade");
        RouterLink details = new RouterLink(
                box.getTranslation("assessment.section.details"),
                SheetView.class,
                new RouteParameters("sheetId", String.valueOf(r.sheetId())));
        details.setId("branch-assessment-details");
        box.add(new Div(grade), details);
        if (!r.honours().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (HonourRow h : r.honours()) {
                list.add(new ListItem(h.year() + " · " + box.getTranslation("enum.AwardKind." + h.award()) + " ("
                        + h.decidedOn() + ")"));
            }
            box.add(new H3(box.getTranslation("assessment.honour.title")), list);
        }
        return box;
    }
}
