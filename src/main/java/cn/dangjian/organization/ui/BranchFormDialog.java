package cn.dangjian.organization.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.Branch;
import cn.dangjian.organization.BranchKind;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.Campus;
import cn.dangjian.organization.Department;
import cn.dangjian.organization.DepartmentService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Creates or edits a branch: name, kind, campus, departments covered, brand project. Administrators only. */
class BranchFormDialog extends Dialog {

    private final Binder<Branch> binder = new Binder<>(Branch.class);

    BranchFormDialog(BranchService branches, DepartmentService departments, @Nullable Long branchId, Runnable onSaved) {
        Branch branch = branchId == null ? new Branch() : branches.getForEdit(branchId);
        setHeaderTitle(getTranslation(branchId == null ? "branch.add" : "branch.edit"));
        setWidth("min(720px, 100vw)");
        List<Department> allDepartments = departments.list();
        List<Campus> campuses = departments.campuses();

        TextField code = new TextField(getTranslation("branch.code"));
        TextField name = new TextField(getTranslation("branch.name"));
        Select<BranchKind> kind = new Select<>();
        kind.setLabel(getTranslation("branch.kind"));
        kind.setItems(BranchKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("enum.BranchKind." + k));
        ComboBox<Campus> campus = new ComboBox<>(getTranslation("branch.campus"), campuses);
        campus.setItemLabelGenerator(Campus::getName);
        campus.setClearButtonVisible(true);
        MultiSelectComboBox<Department> covered = new MultiSelectComboBox<>(getTranslation("branch.departments"));
        covered.setItems(allDepartments);
        covered.setItemLabelGenerator(Department::getName);
        Set<Long> coveredIds =
                branch.getDepartments().stream().map(Department::getId).collect(Collectors.toSet());
        covered.setValue(allDepartments.stream()
                .filter(d -> coveredIds.contains(d.getId()))
                .collect(Collectors.toSet()));
        DatePicker termStart = DatePickers.localized(new DatePicker(getTranslation("branch.termStart")));
        DatePicker termEnd = DatePickers.localized(new DatePicker(getTranslation("branch.termEnd")));
        TextField brand = new TextField(getTranslation("branch.brandProject"));

        String required = getTranslation("validation.required", "");
        binder.forField(code).asRequired(required).bind(Branch::getCode, Branch::setCode);
        binder.forField(name).asRequired(required).bind(Branch::getName, Branch::setName);
        binder.forField(kind).asRequired(required).bind(Branch::getKind, Branch::setKind);
        binder.forField(campus)
                .bind(
                        b -> b.getCampus() == null
                                ? null
                                : campuses.stream()
                                        .filter(c -> Objects.equals(
                                                c.getId(), b.getCampus().getId()))
                                        .findFirst()
                                        .orElse(null),
                        Branch::setCampus);
        binder.forField(termStart).bind(Branch::getTermStart, Branch::setTermStart);
        binder.forField(termEnd)
                .withValidator(
                        v -> v == null || termStart.getValue() == null || v.isAfter(termStart.getValue()),
                        getTranslation("branch.termEndBeforeStart"))
                .bind(Branch::getTermEnd, Branch::setTermEnd);
        binder.forField(brand)
                .bind(b -> b.getBrandProject() == null ? "" : b.getBrandProject(), Branch::setBrandProject);
        binder.readBean(branch);

        FormLayout form = new FormLayout(code, name, kind, campus, covered, brand, termStart, termEnd);
        form.setColspan(covered, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);

        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            try {
                binder.writeBean(branch);
            } catch (ValidationException ex) {
                return;
            }
            Set<Long> ids = new HashSet<>();
            covered.getValue().forEach(d -> ids.add(d.getId()));
            if (Notifier.attempt(this, () -> branches.save(branch, ids), "branch.saved", branch.getName())) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        // Enter submits from the text fields only: in date pickers and lists it confirms a choice.
        save.addClickShortcut(Key.ENTER).listenOn(code, name, brand);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
