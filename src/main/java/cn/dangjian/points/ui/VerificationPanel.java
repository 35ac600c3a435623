package cn.dangjian.points.ui;

import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.points.LedgerVerificationService;
import cn.dangjian.points.Verification;
import cn.dangjian.points.VerificationRun;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The ledger check on the rules page: run it now, read what it found (each broken chain and each total, histogram
 * bucket or usage counter that disagrees with the ledger), and the last runs, nightly and by hand.
 */
class VerificationPanel extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int HISTORY = 10;

    private final LedgerVerificationService service;
    private final Span result = new Span();
    private final Div details = new Div();
    private final Span last = new Span();
    private final Grid<VerificationRun> history = new Grid<>();

    VerificationPanel(LedgerVerificationService service) {
        this.service = service;
        setPadding(false);
        setSpacing(false);
        result.setId("verify-result");
        details.setId("verify-details");
        details.addClassName("points-verify");
        last.setId("verify-last");
        Button verify = new Button(getTranslation("points.verify.button"), VaadinIcon.SHIELD.create());
        verify.setId("verify-button");
        // A full check takes seconds: one click, one run.
        verify.setDisableOnClick(true);
        verify.addClickListener(e -> {
            try {
                show(service.verify());
                refreshHistory();
            } finally {
                verify.setEnabled(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(verify, result, last);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        history.setId("verify-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        ExportedColumns.set(
                        history.addColumn(r -> AT.format(r.startedAt())),
                        r -> r.startedAt().truncatedTo(ChronoUnit.SECONDS))
                .setHeader(getTranslation("points.verify.col.started"))
                .setAutoWidth(true);
        history.addColumn(r -> getTranslation("points.verify.trigger." + r.trigger()))
                .setHeader(getTranslation("points.verify.col.trigger"))
                .setAutoWidth(true);
        history.addColumn(VerificationRun::startedBy)
                .setHeader(getTranslation("points.verify.col.by"))
                .setAutoWidth(true);
        history.addComponentColumn(r -> badge(r.status()))
                .setHeader(getTranslation("points.verify.col.status"))
                .setAutoWidth(true);
        ExportedColumns.add(history, VerificationRun::membersChecked)
                .setHeader(getTranslation("points.verify.col.members"));
        ExportedColumns.add(history, VerificationRun::entriesChecked)
                .setHeader(getTranslation("points.verify.col.entries"));
        ExportedColumns.add(history, VerificationRun::brokenChains)
                .setHeader(getTranslation("points.verify.col.broken"));
        ExportedColumns.add(history, VerificationRun::mismatches)
                .setHeader(getTranslation("points.verify.col.mismatches"));
        ExportedColumns.add(history, VerificationRun::millis).setHeader(getTranslation("points.verify.col.millis"));
        history.setItemDetailsRenderer(new ComponentRenderer<>(r -> new Pre(
                r.summary() == null || r.summary().isBlank()
                        ? getTranslation("points.verify.noFindings")
                        : r.summary())));
        Details historyDetails = new Details(
                getTranslation("points.verify.history"), GridExport.of(history, "ledger-verifications"), history);
        historyDetails.setWidthFull();
        add(row, details, historyDetails);
        refreshHistory();
    }

    private void show(Verification v) {
        result.setText(
                v.intact()
                        ? getTranslation("points.verify.okFull", v.membersChecked(), v.entriesChecked(), v.millis())
                        : getTranslation("points.verify.brokenSummary", v.brokenCount(), v.mismatchCount()));
        result.setClassName(v.intact() ? "ok-badge" : "error-badge");
        details.removeAll();
        for (Verification.Broken b : v.broken()) {
            details.add(new Div(getTranslation(
                    "points.verify.brokenLine",
                    String.valueOf(b.memberId()),
                    b.entryId() == null ? "—" : String.valueOf(b.entryId()),
                    String.valueOf(b.seq()),
                    getTranslation("points.verify.problem." + b.problem()))));
        }
        for (Verification.Mismatch m : v.mismatches()) {
            details.add(new Div(getTranslation(
                    "points.verify.mismatchLine",
                    getTranslation("points.verify.table." + m.table()),
                    m.key(),
                    String.valueOf(m.stored()),
                    String.valueOf(m.recomputed()))));
        }
        int more = v.brokenCount()
                - v.broken().size()
                + v.mismatchCount()
                - v.mismatches().size();
        if (more > 0) {
            details.add(new Div(getTranslation("points.verify.more", more)));
        }
    }

    private void refreshHistory() {
        List<VerificationRun> runs = service.recentRuns(HISTORY);
        history.setItems(runs);
        if (runs.isEmpty()) {
            last.setText(getTranslation("points.verify.never"));
            return;
        }
        VerificationRun r = runs.get(0);
        last.setText(getTranslation(
                "points.verify.last",
                AT.format(r.startedAt()),
                getTranslation("points.verify.trigger." + r.trigger()),
                getTranslation("points.verify.status." + r.status())));
    }

    private Span badge(String status) {
        Span s = new Span(getTranslation("points.verify.status." + status));
        s.setClassName("OK".equals(status) ? "ok-badge" : "RUNNING".equals(status) ? "warning-badge" : "error-badge");
        return s;
    }
}
