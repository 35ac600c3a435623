package cn.dangjian.organization.ui;

import static cn.dangjian.common.ui.Forms.builtOnSave;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.BranchInput;
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
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Creates or edits a branch: name, kind, campus, departments covered, brand project. Administrators only. */
class BranchFormDialog extends Dialog {

    private final Binder<BranchInput> binder = new Binder<>();

    BranchFormDialog(BranchService branches, DepartmentService departments, @Nullable Long branchId, Runnable onSaved) {
        BranchInput branch = branchId == null ? BranchInput.blank() : branches.form(branchId);
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
        covered.setValue(allDepartments.stream()
                .filter(d -> branch.departmentIds().contains(d.getId()))
                .collect(Collectors.toSet()));
        DatePicker foundedOn = DatePickers.localized(new DatePicker(getTranslation("branch.foundedOn")));
        foundedOn.setHelperText(getTranslation("branch.foundedOnHelp"));
        DatePicker termStart = DatePickers.localized(new DatePicker(getTranslation("branch.termStart")));
        DatePicker termEnd = DatePickers.localized(new DatePicker(getTranslation("branch.termEnd")));
        TextField brand = new TextField(getTranslation("branch.brandProject"));

        String required = getTranslation("validation.required", "");
        binder.forField(code).asRequired(required).bind(BranchInput::code, builtOnSave());
        binder.forField(name).asRequired(required).bind(BranchInput::name, builtOnSave());
        binder.forField(kind).asRequired(required).bind(BranchInput::kind, builtOnSave());
        binder.forField(campus)
                .bind(
                        b -> campuses.stream()
                                .filter(c -> Objects.equals(c.getId(), b.campusId()))
                                .findFirst()
                                .orElse(null),
                        builtOnSave());
        binder.forField(foundedOn).bind(BranchInput::foundedOn, builtOnSave());
        binder.forField(termStart).bind(BranchInput::termStart, builtOnSave());
        binder.forField(termEnd)
                .withValidator(
                        v -> v == null || termStart.getValue() == null || v.isAfter(termStart.getValue()),
                        getTranslation("branch.termEndBeforeStart"))
                .bind(BranchInput::termEnd, builtOnSave());
        binder.forField(brand).bind(b -> Objects.requireNonNullElse(b.brandProject(), ""), builtOnSave());
        binder.readBean(branch);

        FormLayout form = new FormLayout(code, name, kind, campus, covered, brand, foundedOn, termStart, termEnd);
        form.setColspan(covered, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);

        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            BranchInput input = new BranchInput(
                    branch.id(),
                    branch.version(),
                    code.getValue(),
                    name.getValue(),
                    kind.getValue(),
                    campus.getValue() == null ? null : campus.getValue().getId(),
                    foundedOn.getValue(),
                    termStart.getValue(),
                    termEnd.getValue(),
                    brand.getValue(),
                    covered.getValue().stream().map(Department::getId).collect(Collectors.toSet()));
            if (Notifier.attempt(this, () -> branches.save(input), "branch.saved", input.name())) {
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
