package cn.dangjian.organization.ui;

import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchKind;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.DepartmentService;
import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Comparator;

/** All branches (one for a secretary) with their counts and warnings. A hospital has a few dozen: listed whole. */
@Route("branches")
@Menu(title = "nav.branches", order = 11, icon = "FLAG")
@PermitAll
class BranchesView extends VerticalLayout implements HasDynamicTitle {

    BranchesView(BranchService branches, DepartmentService departments, CurrentUser currentUser) {
        addClassName("view");
        setSizeFull();
        Grid<BranchSummary> grid = new Grid<>(BranchSummary.class, false);
        grid.setId("branch-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(BranchSummary::code)
                .setHeader(getTranslation("branch.code"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(BranchSummary::name)
                .setHeader(getTranslation("branch.name"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(s -> getTranslation("enum.BranchKind." + s.kind()))
                .setHeader(getTranslation("branch.kind"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(BranchSummary::departments)
                .setHeader(getTranslation("branch.departments"))
                .setFlexGrow(1);
        ExportedColumns.add(grid, BranchSummary::members)
                .setHeader(getTranslation("branch.members"))
                .setSortable(true)
                .setComparator(Comparator.comparingLong(BranchSummary::members))
                .setAutoWidth(true);
        ExportedColumns.add(grid, BranchSummary::probationaryMembers)
                .setHeader(getTranslation("branch.probationary"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(s -> s.secretary() == null ? "—" : s.secretary())
                .setHeader(getTranslation("branch.secretary"))
                .setAutoWidth(true);
        ExportedColumns.add(grid, s -> s.termEnd() == null ? "—" : s.termEnd())
                .setHeader(getTranslation("branch.termEnd"))
                .setSortable(true)
                .setComparator(Comparator.comparing(s -> s.termEnd() == null ? LocalDate.MAX : s.termEnd()))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> WarningBadges.of(this, s.warnings()))
                .setHeader(getTranslation("branch.warnings"))
                .setAutoWidth(true);
        ListDataProvider<BranchSummary> data = new ListDataProvider<>(branches.summaries());
        grid.setDataProvider(data);
        grid.setEmptyStateText(getTranslation("branch.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                BranchDetailView.class,
                new RouteParameters("branchId", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();

        TextField text = new TextField();
        text.setPlaceholder(getTranslation("branch.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setClearButtonVisible(true);
        Select<BranchKind> kind = new Select<>();
        kind.setEmptySelectionAllowed(true);
        kind.setItems(BranchKind.values());
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("branch.filter.allKinds") : getTranslation("enum.BranchKind." + k));
        Select<Boolean> flagged = new Select<>();
        flagged.setEmptySelectionAllowed(true);
        flagged.setItems(true);
        flagged.setItemLabelGenerator(
                b -> b == null ? getTranslation("branch.filter.all") : getTranslation("branch.filter.flagged"));
        Runnable filter = () -> data.setFilter(s -> (text.isEmpty()
                        || s.name().contains(text.getValue().trim())
                        || s.code().equalsIgnoreCase(text.getValue().trim())
                        || s.departments().contains(text.getValue().trim()))
                && (kind.getValue() == null || s.kind() == kind.getValue())
                && (flagged.getValue() == null || !s.warnings().isEmpty()));
        text.addValueChangeListener(e -> filter.run());
        kind.addValueChangeListener(e -> filter.run());
        flagged.addValueChangeListener(e -> filter.run());

        Button add = new Button(
                getTranslation("branch.add"),
                VaadinIcon.PLUS.create(),
                e -> new BranchFormDialog(
                                branches,
                                departments,
                                null,
                                () -> getUI().ifPresent(ui -> ui.getPage().reload()))
                        .open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(currentUser.require().isAdmin());
        HorizontalLayout toolbar = new HorizontalLayout(text, kind, flagged, add, GridExport.of(grid, "branches"));
        toolbar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("nav.branches")), toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.branches");
    }
}
