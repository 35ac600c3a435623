package cn.dangjian.points.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.points.ApprovalService;
import cn.dangjian.points.SourceType;
import cn.dangjian.points.SubmissionRow;
import cn.dangjian.points.SubmissionService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 积分审核: submissions waiting for the viewer's decision (administrators; committee members when the
 * setting says so) — approve or reject (with a reason) one or many — and the submitter's own
 * submissions with their outcome.
 */
@Route(ApprovalView.ROUTE)
@Menu(title = "points.nav.approvals", order = 44, icon = "CHECK_SQUARE_O")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.MEMBER})
class ApprovalView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "points/approvals";

    private final ApprovalService approvals;
    private final SubmissionService submissions;
    private final Grid<SubmissionRow> grid = new Grid<>(SubmissionRow.class, false);
    private final boolean approves;
    private final boolean submits;

    ApprovalView(ApprovalService approvals, SubmissionService submissions, CurrentUser currentUser) {
        this.approvals = approvals;
        this.submissions = submissions;
        this.approves = approvals.canApprove();
        addClassName("view");
        setSizeFull();
        AppUser user = currentUser.require();
        this.submits = user.isAdmin() || user.isSecretary();
        add(new ViewHeader(getTranslation("points.nav.approvals")));
        boolean showMine = submits && (!approves || submissions.countMySubmissions() > 0);
        if (approves) {
            add(section("points.approvals.queue"), queue());
        }
        if (showMine) {
            Grid<SubmissionRow> own = mine();
            add(section("points.approvals.mine"), GridExport.of(own, "my-submissions"), own);
        }
    }

    private H3 section(String key) {
        H3 h = new H3(getTranslation(key));
        h.addClassName("section-title");
        return h;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!approves && !submits) {
            event.forwardTo("");
        }
    }

    private VerticalLayout queue() {
        grid.setId("approval-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(SubmissionRow::memberName)
                .setHeader(getTranslation("points.col.name"))
                .setAutoWidth(true);
        grid.addColumn(SubmissionRow::branchName)
                .setHeader(getTranslation("points.col.branch"))
                .setAutoWidth(true);
        grid.addColumn(SubmissionRow::ruleName)
                .setHeader(getTranslation("points.col.rule"))
                .setAutoWidth(true);
        ExportedColumns.add(grid, SubmissionRow::points)
                .setHeader(getTranslation("points.col.points"))
                .setAutoWidth(true);
        ExportedColumns.add(grid, SubmissionRow::date)
                .setHeader(getTranslation("points.col.date"))
                .setAutoWidth(true);
        grid.addColumn(this::note)
                .setHeader(getTranslation("points.submit.note"))
                .setFlexGrow(1);
        grid.addColumn(SubmissionRow::submittedBy)
                .setHeader(getTranslation("points.col.submittedBy"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("points.approvals.empty"));
        grid.setSizeFull();
        refresh();

        Button approve = Buttons.whileWorking(
                new Button(getTranslation("points.approvals.approve"), VaadinIcon.CHECK.create()), e -> {
                    List<Long> ids = selected();
                    if (!ids.isEmpty()
                            && Notifier.attempt(
                                    this, () -> approvals.approve(ids), "points.approvals.approved", ids.size())) {
                        refresh();
                    }
                });
        approve.setId("approve-button");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Button reject = Buttons.whileWorking(
                new Button(getTranslation("points.approvals.reject"), VaadinIcon.CLOSE.create()), e -> {
                    List<Long> ids = selected();
                    if (!ids.isEmpty()) {
                        askReason(ids);
                    }
                });
        reject.setId("reject-button");
        reject.addThemeVariants(ButtonVariant.ERROR);
        Button all = new Button(
                getTranslation("points.approvals.selectPage"),
                e -> grid.asMultiSelect()
                        .select(grid.getLazyDataView().getItems().toList()));
        all.setId("select-all-button");
        HorizontalLayout toolbar = new HorizontalLayout(all, approve, reject, GridExport.of(grid, "approvals"));
        toolbar.addClassName("toolbar");
        VerticalLayout queue = new VerticalLayout(toolbar, grid);
        queue.setPadding(false);
        queue.setSizeFull();
        return queue;
    }

    /** What the viewer submitted, newest first: pending, approved, or rejected with the reason. */
    private Grid<SubmissionRow> mine() {
        Grid<SubmissionRow> own = new Grid<>(SubmissionRow.class, false);
        own.setId("my-submissions");
        own.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        own.addColumn(SubmissionRow::memberName)
                .setHeader(getTranslation("points.col.name"))
                .setAutoWidth(true);
        own.addColumn(SubmissionRow::ruleName)
                .setHeader(getTranslation("points.col.rule"))
                .setAutoWidth(true);
        own.addColumn(this::note)
                .setHeader(getTranslation("points.submit.note"))
                .setFlexGrow(1);
        ExportedColumns.add(own, SubmissionRow::points)
                .setHeader(getTranslation("points.col.points"))
                .setAutoWidth(true);
        ExportedColumns.add(own, SubmissionRow::date)
                .setHeader(getTranslation("points.col.date"))
                .setAutoWidth(true);
        own.addComponentColumn(r -> switch (r.status()) {
                    case PENDING -> Badges.warning(getTranslation("enum.SubmissionStatus.PENDING"));
                    case APPROVED -> Badges.ok(getTranslation("enum.SubmissionStatus.APPROVED"));
                    case REJECTED -> Badges.error(getTranslation("enum.SubmissionStatus.REJECTED"));
                    case WITHDRAWN -> new Span(getTranslation("enum.SubmissionStatus.WITHDRAWN"));
                })
                .setHeader(getTranslation("points.col.decision"))
                .setAutoWidth(true);
        own.addColumn(r -> r.decidedBy() == null ? "" : r.decidedBy())
                .setHeader(getTranslation("points.col.decidedBy"))
                .setAutoWidth(true);
        own.addColumn(r -> r.decisionReason() == null ? "" : r.decisionReason())
                .setHeader(getTranslation("points.approvals.reason"))
                .setFlexGrow(1);
        own.setEmptyStateText(getTranslation("points.approvals.mineEmpty"));
        own.setItems(q -> submissions.mySubmissions(q.getOffset(), q.getLimit()).stream(), q ->
                (int) submissions.countMySubmissions());
        own.setSizeFull();
        return own;
    }

    /**
     * A late-attendance line says so, with its event and the attendance it asks for, so the office sees that
     * approving it changes points of a meeting recorded long after it took place.
     */
    private String note(SubmissionRow r) {
        if (r.sourceType() == SourceType.EVENT) {
            return getTranslation(
                    "points.approvals.lateAttendance",
                    r.eventTitle() == null ? "" : r.eventTitle(),
                    String.valueOf(r.eventId()),
                    getTranslation("points.approvals.target." + r.targetState()));
        }
        return r.note() == null ? "" : r.note();
    }

    private List<Long> selected() {
        return grid.getSelectedItems().stream().map(SubmissionRow::id).toList();
    }

    private void refresh() {
        grid.deselectAll();
        grid.setItems(
                q -> approvals.pending(q.getOffset(), q.getLimit()).stream(), q -> (int) approvals.countPending());
    }

    private void askReason(List<Long> ids) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("points.approvals.rejectTitle", ids.size()));
        TextField reason = new TextField(getTranslation("points.approvals.reason"));
        reason.setId("reject-reason");
        reason.setWidthFull();
        reason.setMaxLength(300);
        d.add(reason);
        Button cancel = new Button(getTranslation("action.cancel"), e -> d.close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button ok = Buttons.whileWorking(new Button(getTranslation("points.approvals.reject")), e -> {
            if (Notifier.attempt(
                    this, () -> approvals.reject(ids, reason.getValue()), "points.approvals.rejected", ids.size())) {
                d.close();
                refresh();
            }
        });
        ok.setId("reject-confirm");
        ok.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        ok.addClickShortcut(Key.ENTER);
        d.getFooter().add(cancel, ok);
        d.open();
        reason.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("points.nav.approvals");
    }
}
