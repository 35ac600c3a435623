package cn.dangjian.points.ui;

import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.points.PointsLedgerService;
import cn.dangjian.points.SubmissionRow;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/** 积分审核: submissions waiting for an administrator; approve or reject (with a reason) one or many. */
@Route("points/approvals")
@Menu(title = "points.nav.approvals", order = 44, icon = "CHECK_SQUARE_O")
@RolesAllowed(Roles.ADMIN)
@NullMarked
class ApprovalView extends VerticalLayout implements HasDynamicTitle {

    private final PointsLedgerService ledger;
    private final Grid<SubmissionRow> grid = new Grid<>(SubmissionRow.class, false);

    ApprovalView(PointsLedgerService ledger) {
        this.ledger = ledger;
        addClassName("view");
        setSizeFull();
        grid.setId("approval-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(SubmissionRow::memberName).setHeader(getTranslation("points.col.name")).setAutoWidth(true);
        grid.addColumn(SubmissionRow::branchName).setHeader(getTranslation("points.col.branch")).setAutoWidth(true);
        grid.addColumn(SubmissionRow::ruleName).setHeader(getTranslation("points.col.rule")).setAutoWidth(true);
        grid.addColumn(SubmissionRow::points).setHeader(getTranslation("points.col.points")).setAutoWidth(true);
        grid.addColumn(SubmissionRow::date).setHeader(getTranslation("points.col.date")).setAutoWidth(true);
        grid.addColumn(s -> s.note() == null ? "" : s.note()).setHeader(getTranslation("points.submit.note")).setFlexGrow(1);
        grid.addColumn(SubmissionRow::submittedBy).setHeader(getTranslation("points.col.submittedBy")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("points.approvals.empty"));
        grid.setSizeFull();
        refresh();

        Button approve = new Button(getTranslation("points.approvals.approve"), VaadinIcon.CHECK.create(), e -> {
            List<Long> ids = selected();
            if (!ids.isEmpty() && Notifier.attempt(this, () -> ledger.approve(ids), "points.approvals.approved", ids.size())) {
                refresh();
            }
        });
        approve.setId("approve-button");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Button reject = new Button(getTranslation("points.approvals.reject"), VaadinIcon.CLOSE.create(), e -> {
            List<Long> ids = selected();
            if (!ids.isEmpty()) {
                askReason(ids);
            }
        });
        reject.setId("reject-button");
        reject.addThemeVariants(ButtonVariant.ERROR);
        Button all = new Button(getTranslation("points.approvals.selectPage"), e -> grid.asMultiSelect()
                .select(grid.getLazyDataView().getItems().toList()));
        all.setId("select-all-button");
        HorizontalLayout toolbar = new HorizontalLayout(all, approve, reject);
        toolbar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("points.nav.approvals")), toolbar, grid);
    }

    private List<Long> selected() {
        return grid.getSelectedItems().stream().map(SubmissionRow::id).toList();
    }

    private void refresh() {
        grid.deselectAll();
        grid.setItems(q -> ledger.pending(q.getOffset(), q.getLimit()).stream(), q -> (int) ledger.countPending());
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
        Button ok = new Button(getTranslation("points.approvals.reject"), e -> {
            if (Notifier.attempt(this, () -> ledger.reject(ids, reason.getValue()), "points.approvals.rejected", ids.size())) {
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
