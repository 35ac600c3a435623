package cn.dangjian.organization.ui;

import static cn.dangjian.common.ui.Forms.builtOnSave;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.Campus;
import cn.dangjian.organization.Department;
import cn.dangjian.organization.DepartmentInput;
import cn.dangjian.organization.DepartmentKind;
import cn.dangjian.organization.DepartmentService;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

@Route("departments")
@Menu(title = "nav.departments", order = 13, icon = "HOSPITAL")
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.SECRETARY})
class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final DepartmentService service;
    private final Grid<Department> grid = new Grid<>(Department.class, false);

    DepartmentsView(DepartmentService service, CurrentUser currentUser) {
        this.service = service;
        addClassName("view");
        setSizeFull();
        boolean admin = currentUser.require().isAdmin();
        grid.addColumn(Department::getName)
                .setHeader(getTranslation("department.name"))
                .setSortable(true);
        grid.addColumn(d -> getTranslation("enum.DepartmentKind." + d.getKind()))
                .setHeader(getTranslation("department.kind"))
                .setSortable(true);
        grid.addColumn(d -> d.getCampus() == null ? "" : d.getCampus().getName())
                .setHeader(getTranslation("department.campus"));
        grid.setEmptyStateText(getTranslation("department.empty"));
        grid.setSizeFull();
        if (admin) {
            grid.addItemClickListener(e -> edit(DepartmentInput.of(e.getItem())));
        }
        Button add = new Button(
                getTranslation("department.add"), VaadinIcon.PLUS.create(), e -> edit(DepartmentInput.blank()));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(admin);
        add(
                new HorizontalLayout(
                        new ViewHeader(getTranslation("nav.departments")), add, GridExport.of(grid, "departments")),
                grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.list());
    }

    private void edit(DepartmentInput department) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(department.id() == null ? "department.add" : "department.edit"));
        Binder<DepartmentInput> binder = new Binder<>();
        TextField name = new TextField(getTranslation("department.name"));
        Select<DepartmentKind> kind = new Select<>();
        kind.setLabel(getTranslation("department.kind"));
        kind.setItems(DepartmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("enum.DepartmentKind." + k));
        List<Campus> campuses = service.campuses();
        ComboBox<Campus> campus = new ComboBox<>(getTranslation("department.campus"), campuses);
        campus.setItemLabelGenerator(Campus::getName);
        String required = getTranslation("validation.required", "");
        binder.forField(name).asRequired(required).bind(DepartmentInput::name, builtOnSave());
        binder.forField(kind).asRequired(required).bind(DepartmentInput::kind, builtOnSave());
        binder.forField(campus)
                .bind(
                        d -> campuses.stream()
                                .filter(c -> Objects.equals(c.getId(), d.campusId()))
                                .findFirst()
                                .orElse(null),
                        builtOnSave());
        binder.readBean(department);
        dialog.add(new VerticalLayout(name, kind, campus));
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            DepartmentInput input = new DepartmentInput(
                    department.id(),
                    department.version(),
                    name.getValue(),
                    kind.getValue(),
                    campus.getValue() == null ? null : campus.getValue().getId());
            if (Notifier.attempt(this, () -> service.save(input), "department.saved", input.name())) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button delete = new Button(
                getTranslation("action.delete"),
                VaadinIcon.TRASH.create(),
                e -> Confirm.ask(
                        this,
                        "department.delete.title",
                        getTranslation("department.delete.text", department.name()),
                        "action.delete",
                        () -> {
                            if (Notifier.attempt(
                                    this,
                                    () -> service.delete(department.id()),
                                    "department.deleted",
                                    department.name())) {
                                dialog.close();
                                refresh();
                            }
                        }));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.setVisible(department.id() != null);
        dialog.getFooter().add(delete, new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.departments");
    }
}
