package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.lists.ResourceRow;
import cn.dangjian.pairing.lists.ResourceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The resources list: what each branch offers, with capacity and contact; owners may withdraw an offer. */
class ResourcesGrid extends VerticalLayout {

    private final Grid<ResourceRow> grid = new Grid<>(ResourceRow.class, false);
    private final ResourceService resources;

    ResourcesGrid(ResourceService resources, Runnable onChange) {
        this.resources = resources;
        setPadding(false);
        grid.setId("resources-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ResourceRow::title)
                .setHeader(getTranslation("field.title"))
                .setFlexGrow(2);
        grid.addColumn(ResourceRow::branchName)
                .setHeader(getTranslation("field.branch"))
                .setAutoWidth(true);
        grid.addColumn(ResourceRow::capacity)
                .setHeader(getTranslation("field.capacity"))
                .setAutoWidth(true);
        grid.addColumn(ResourceRow::contact)
                .setHeader(getTranslation("field.contact"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.description() == null ? "" : r.description())
                .setHeader(getTranslation("field.description"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> {
                    if (!r.canWithdraw()) {
                        return new Span();
                    }
                    Button b = new Button(
                            getTranslation("resource.withdraw"),
                            e -> Confirm.ask(
                                    this,
                                    "resource.withdraw",
                                    getTranslation("resource.withdraw.confirm", r.title()),
                                    "action.confirm",
                                    () -> {
                                        if (Notifier.attempt(
                                                this,
                                                () -> resources.withdraw(r.id(), r.version()),
                                                "resource.withdrawn")) {
                                            onChange.run();
                                        }
                                    }));
                    b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                    return b;
                })
                .setAutoWidth(true);
        add(grid);
    }

    void refresh() {
        grid.setItems(resources.list());
    }
}
