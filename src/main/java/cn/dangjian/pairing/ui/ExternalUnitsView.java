package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.pairing.ExternalUnit;
import cn.dangjian.pairing.ExternalUnitInput;
import cn.dangjian.pairing.ExternalUnitService;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 共建单位: the outside organisations branches pair with. A hospital has a few dozen: listed whole. */
@Route("pairing-units")
@Menu(title = "nav.pairingUnits", order = 22, icon = "OFFICE")
@RolesAllowed(Roles.ADMIN)
class ExternalUnitsView extends VerticalLayout implements HasDynamicTitle {

    private final ExternalUnitService units;
    private final Grid<ExternalUnit> grid = new Grid<>(ExternalUnit.class, false);

    ExternalUnitsView(ExternalUnitService units) {
        this.units = units;
        addClassName("view");
        setSizeFull();
        grid.setId("unit-grid");
        grid.addColumn(ExternalUnit::getName)
                .setHeader(getTranslation("pairing.unit.name"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(u -> getTranslation("enum.ExternalUnitType." + u.getType()))
                .setHeader(getTranslation("pairing.unit.type"))
                .setAutoWidth(true);
        grid.addColumn(u -> getTranslation("enum.AllianceLevel." + u.getAllianceLevel()))
                .setHeader(getTranslation("pairing.unit.level"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.getContactPerson() == null ? "—" : u.getContactPerson())
                .setHeader(getTranslation("pairing.unit.contactPerson"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.getContactPhone() == null ? "—" : u.getContactPhone())
                .setHeader(getTranslation("pairing.unit.contactPhone"))
                .setAutoWidth(true);
        grid.addComponentColumn(u -> {
                    Button edit = new Button(
                            VaadinIcon.EDIT.create(),
                            e -> new ExternalUnitDialog(units, units.form(u.getId()), this::refresh).open());
                    edit.setAriaLabel(getTranslation("action.edit"));
                    edit.addThemeVariants(ButtonVariant.TERTIARY);
                    Button delete = new Button(
                            VaadinIcon.TRASH.create(),
                            e -> Confirm.ask(this, "pairing.unit.delete", u.getName(), "action.delete", () -> {
                                if (Notifier.attempt(
                                        this, () -> units.delete(u.getId()), "pairing.unit.deleted", u.getName())) {
                                    refresh();
                                }
                            }));
                    delete.setAriaLabel(getTranslation("action.delete"));
                    delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                    return new HorizontalLayout(edit, delete);
                })
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("pairing.unit.empty"));
        grid.setSizeFull();
        Button add = new Button(
                getTranslation("pairing.unit.add"),
                VaadinIcon.PLUS.create(),
                e -> new ExternalUnitDialog(units, ExternalUnitInput.blank(), this::refresh).open());
        add.setId("new-unit");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(add, GridExport.of(grid, "external-units"));
        toolbar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("nav.pairingUnits")), toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(units.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairingUnits");
    }
}
