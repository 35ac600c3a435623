package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.Measure;
import cn.dangjian.assessment.ScoreLine;
import cn.dangjian.assessment.SheetDetail;
import cn.dangjian.assessment.SheetService;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * A branch's sheet: automatic scores with what they counted (a link to those records), the branch's own scores
 * and the office's, each marked when the office changed it. The secretary scores and submits; the office reviews.
 */
@Route("assessment/sheet/:sheetId")
@PermitAll
class SheetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SheetService service;
    private final Grid<ScoreLine> grid = new Grid<>(ScoreLine.class, false);
    private final ViewHeader header = new ViewHeader("");
    private final Span summary = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private long sheetId;
    private @Nullable SheetDetail detail;

    SheetView(SheetService service) {
        this.service = service;
        addClassName("view");
        summary.setId("sheet-summary");
        grid.setId("sheet-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ScoreLine::dimension)
                .setHeader(getTranslation("assessment.col.dimension"))
                .setAutoWidth(true);
        grid.addColumn(ScoreLine::indicator)
                .setHeader(getTranslation("assessment.col.indicator"))
                .setFlexGrow(1);
        grid.addColumn(l -> getTranslation("enum.Measure." + l.measure()))
                .setHeader(getTranslation("assessment.col.measure"))
                .setAutoWidth(true);
        grid.addColumn(l -> ScoreDialog.format(l.max()))
                .setHeader(getTranslation("assessment.col.max"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::computed)
                .setHeader(getTranslation("assessment.col.evidence"))
                .setFlexGrow(1);
        grid.addColumn(l ->
                        l.measure() == Measure.MANUAL ? ScoreDialog.format(l.self()) + " " + nz(l.justification()) : "")
                .setHeader(getTranslation("assessment.col.self"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::reviewed)
                .setHeader(getTranslation("assessment.col.review"))
                .setFlexGrow(1);
        grid.addColumn(l -> l.measure() == Measure.VETO
                        ? (l.effective() > 0 ? "✗" : "")
                        : ScoreDialog.format(l.effective()))
                .setHeader(getTranslation("assessment.col.score"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        // Some twenty lines: all of them on the page, so the sheet reads (and prints) as one document.
        grid.setAllRowsVisible(true);
        add(header, summary, actions, grid);
    }

    private Component computed(ScoreLine l) {
        if (l.measure() != Measure.AUTOMATIC) {
            return new Span();
        }
        Div d = new Div(new Span(ScoreDialog.format(l.auto()) + " · "), Evidence.of(this, l));
        d.addClassName("evidence");
        return d;
    }

    private Component reviewed(ScoreLine l) {
        if (!l.overridden()) {
            return new Span();
        }
        Span badge = Badges.warning(getTranslation("assessment.sheet.adjusted", ScoreDialog.format(l.review())));
        return new Div(badge, new Span(" " + nz(l.reviewReason())));
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private void open(ScoreLine line) {
        SheetDetail d = detail;
        if (d == null) {
            return;
        }
        if (d.canReview()) {
            new ScoreDialog(service, line, true, this::refresh).open();
        } else if (d.canSelfAssess() && line.measure() == Measure.MANUAL) {
            new ScoreDialog(service, line, false, this::refresh).open();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            sheetId = Long.parseLong(event.getRouteParameters().get("sheetId").orElse("-1"));
            detail = service.detail(sheetId);
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void refresh() {
        detail = service.detail(sheetId);
        show();
    }

    private void show() {
        SheetDetail d = detail;
        if (d == null) {
            return;
        }
        header.setText(getTranslation("assessment.sheet.title", String.valueOf(d.year()), d.branchName()));
        summary.setText(getTranslation(
                        "assessment.sheet.summary",
                        getTranslation("enum.SheetStatus." + d.status()),
                        getTranslation("enum.CampaignStatus." + d.campaignStatus()),
                        ScoreDialog.format(d.total()))
                + (d.vetoed() ? " · " + getTranslation("assessment.sheet.vetoed") : ""));
        grid.setItems(d.lines());
        actions.removeAll();
        if (d.canSelfAssess()) {
            Button recompute = Buttons.whileWorking(
                    new Button(getTranslation("assessment.sheet.recompute"), VaadinIcon.REFRESH.create()), e -> {
                        if (Notifier.attempt(this, () -> service.recompute(sheetId), "assessment.sheet.recomputed")) {
                            refresh();
                        }
                    });
            recompute.setId("sheet-recompute");
            Button submit = new Button(
                    getTranslation("assessment.sheet.submit"),
                    VaadinIcon.CHECK.create(),
                    e -> Confirm.ask(
                            this,
                            "assessment.sheet.submit",
                            getTranslation("assessment.sheet.submitConfirm"),
                            "assessment.sheet.submit",
                            () -> {
                                if (Notifier.attempt(
                                        this,
                                        () -> service.submit(sheetId, d.version()),
                                        "assessment.sheet.submitted")) {
                                    refresh();
                                }
                            }));
            submit.setId("sheet-submit");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(recompute, submit);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.nav.campaign");
    }
}
