package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.ItemInput;
import cn.dangjian.assessment.Scheme;
import cn.dangjian.assessment.SchemeItem;
import cn.dangjian.assessment.SchemeService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** 考核方案: the year's tree of dimensions and indicators; running campaigns keep their frozen copy. */
@Route("assessment/scheme")
@Menu(title = "assessment.nav.scheme", order = 62, icon = "TREE_TABLE")
@RolesAllowed(Roles.ADMIN)
class SchemeView extends VerticalLayout implements HasDynamicTitle {

    private final SchemeService service;
    private final Select<Integer> year = new Select<>();
    private final TreeGrid<SchemeItem> tree = new TreeGrid<>();
    private Scheme scheme;

    SchemeView(SchemeService service, Clock clock) {
        this.service = service;
        addClassName("view");
        setSizeFull();
        int current = LocalDate.now(clock).getYear();
        year.setId("scheme-year");
        year.setLabel(getTranslation("assessment.col.year"));
        year.setItems(IntStream.rangeClosed(current, current + 1).boxed().toList());
        year.setValue(current);
        scheme = service.scheme(current);
        year.addValueChangeListener(e -> refresh());
        tree.setId("scheme-tree");
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.addHierarchyColumn(SchemeItem::getName)
                .setHeader(getTranslation("assessment.col.indicator"))
                .setFlexGrow(2);
        tree.addColumn(i -> i.getMeasure() == null ? "" : getTranslation("enum.Measure." + i.getMeasure()))
                .setHeader(getTranslation("assessment.col.measure"))
                .setAutoWidth(true);
        tree.addColumn(i -> i.getFormula() == null ? "" : getTranslation("enum.Formula." + i.getFormula()))
                .setHeader(getTranslation("assessment.col.formula"))
                .setFlexGrow(1);
        tree.addColumn(i -> ScoreDialog.format(i.getMaxScore()))
                .setHeader(getTranslation("assessment.col.max"))
                .setAutoWidth(true);
        tree.addColumn(SchemeItem::getRuleText)
                .setHeader(getTranslation("assessment.col.rule"))
                .setFlexGrow(2);
        tree.addItemDoubleClickListener(e -> edit(e.getItem()));
        tree.setSizeFull();
        Button addDimension = new Button(
                getTranslation("assessment.scheme.addDimension"),
                VaadinIcon.PLUS.create(),
                e -> new ItemDialog(service, scheme.getId(), null, null, true, empty(), 0, this::refresh).open());
        Button addIndicator = new Button(
                getTranslation("assessment.scheme.addIndicator"),
                VaadinIcon.PLUS.create(),
                e -> tree.getSelectedItems().stream()
                        .findFirst()
                        .ifPresentOrElse(
                                sel -> new ItemDialog(
                                                service,
                                                scheme.getId(),
                                                null,
                                                sel.isDimension() ? sel.getId() : sel.getParentId(),
                                                false,
                                                empty(),
                                                0,
                                                this::refresh)
                                        .open(),
                                () -> Notifier.error(this, new BusinessException("assessment.scheme.pickDimension"))));
        addIndicator.setId("scheme-add-indicator");
        Button edit = new Button(
                getTranslation("action.edit"),
                VaadinIcon.EDIT.create(),
                e -> tree.getSelectedItems().stream().findFirst().ifPresent(this::edit));
        Button delete = new Button(
                getTranslation("action.delete"),
                VaadinIcon.TRASH.create(),
                e -> tree.getSelectedItems().stream()
                        .findFirst()
                        .ifPresent(sel -> Confirm.ask(this, "action.delete", sel.getName(), "action.delete", () -> {
                            if (Notifier.attempt(
                                    this, () -> service.delete(sel.getId()), "assessment.scheme.deleted")) {
                                refresh();
                            }
                        })));
        Button settings = new Button(
                getTranslation("assessment.settings.title"),
                VaadinIcon.COG.create(),
                e -> new SchemeSettingsDialog(service, scheme, this::refresh).open());
        settings.setId("scheme-settings");
        HorizontalLayout toolbar = new HorizontalLayout(year, addDimension, addIndicator, edit, delete, settings);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("assessment.nav.scheme")), toolbar, tree);
        refresh();
    }

    private static ItemInput empty() {
        return new ItemInput("", null, null, null, null, 5, "");
    }

    private void edit(SchemeItem item) {
        new ItemDialog(
                        service,
                        scheme.getId(),
                        item.getId(),
                        item.getParentId(),
                        item.isDimension(),
                        item.input(),
                        item.getVersion(),
                        this::refresh)
                .open();
    }

    private void refresh() {
        scheme = service.scheme(year.getValue());
        List<SchemeItem> items = service.items(scheme.getId());
        Map<Long, SchemeItem> dims = new HashMap<>();
        TreeData<SchemeItem> data = new TreeData<>();
        items.stream().filter(SchemeItem::isDimension).forEach(d -> {
            data.addItem(null, d);
            dims.put(d.getId(), d);
        });
        items.stream()
                .filter(i -> !i.isDimension() && dims.containsKey(i.getParentId()))
                .forEach(i -> data.addItem(dims.get(i.getParentId()), i));
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(dims.values());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.nav.scheme");
    }
}
