package cn.dangjian.organization.ui;

import static cn.dangjian.common.ui.Forms.builtOnSave;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.Department;
import cn.dangjian.organization.Gender;
import cn.dangjian.organization.MemberInput;
import cn.dangjian.organization.MemberService;
import cn.dangjian.organization.MemberStatus;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Creates or edits one member. The service validates again; its refusal is shown in the dialog's language. */
class MemberFormDialog extends Dialog {

    private final Binder<MemberInput> binder = new Binder<>();
    private final MemberInput member;
    private final MemberService service;
    private final Runnable onSaved;
    private final Supplier<MemberInput> input;

    MemberFormDialog(
            MemberInput member,
            MemberService service,
            List<BranchRef> branches,
            List<Department> departments,
            boolean branchEditable,
            LocalDate today,
            Runnable onSaved) {
        this.member = member;
        this.service = service;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(member.id() == null ? "member.add" : "member.edit"));
        setWidth("min(720px, 100vw)");

        TextField name = new TextField(getTranslation("member.name"));
        name.setId("member-name");
        TextField staffNumber = new TextField(getTranslation("member.staffNumber"));
        staffNumber.setId("member-staff-number");
        Select<Gender> gender = new Select<>();
        gender.setLabel(getTranslation("member.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("enum.Gender." + g));
        DatePicker birth = DatePickers.localized(new DatePicker(getTranslation("member.birthDate")));
        birth.setMax(today);
        ComboBox<BranchRef> branch = new ComboBox<>(getTranslation("member.branch"), branches);
        branch.setReadOnly(!branchEditable);
        ComboBox<Department> department = new ComboBox<>(getTranslation("member.department"), departments);
        department.setItemLabelGenerator(Department::getName);
        department.setClearButtonVisible(true);
        Select<MemberStatus> status = new Select<>();
        status.setLabel(getTranslation("member.status"));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("enum.MemberStatus." + s));
        DatePicker joined = DatePickers.localized(new DatePicker(getTranslation("member.joinedDate")));
        joined.setMax(today);
        DatePicker fullDate = DatePickers.localized(new DatePicker(getTranslation("member.fullMemberDate")));
        fullDate.setMax(today);
        TextField title = new TextField(getTranslation("member.title"));
        title.setId("member-title");
        Checkbox head = new Checkbox(getTranslation("member.departmentHead"));
        Checkbox key = new Checkbox(getTranslation("member.keyStaff"));
        Checkbox worker = new Checkbox(getTranslation("member.partyWorker"));

        String required = getTranslation("validation.required", "");
        binder.forField(name)
                .asRequired(required)
                .withValidator(v -> v.trim().length() <= 50, getTranslation("validation.tooLong", ""))
                .bind(MemberInput::name, builtOnSave());
        binder.forField(staffNumber)
                .asRequired(required)
                .withValidator(
                        v -> v.trim().matches("[A-Za-z0-9-]{1,20}"), getTranslation("validation.staffNumber", ""))
                .bind(MemberInput::staffNumber, builtOnSave());
        binder.forField(gender).asRequired(required).bind(MemberInput::gender, builtOnSave());
        binder.forField(birth).bind(MemberInput::birthDate, builtOnSave());
        binder.forField(branch)
                .asRequired(required)
                .bind(
                        m -> branches.stream()
                                .filter(b -> b.id().equals(m.branchId()))
                                .findFirst()
                                .orElse(null),
                        builtOnSave());
        binder.forField(department)
                .bind(
                        m -> departments.stream()
                                .filter(d -> Objects.equals(d.getId(), m.departmentId()))
                                .findFirst()
                                .orElse(null),
                        builtOnSave());
        binder.forField(status).asRequired(required).bind(MemberInput::status, builtOnSave());
        binder.forField(joined).asRequired(required).bind(MemberInput::joinedDate, builtOnSave());
        binder.forField(fullDate).bind(MemberInput::fullMemberDate, builtOnSave());
        binder.forField(title).bind(m -> Objects.requireNonNullElse(m.title(), ""), builtOnSave());
        binder.forField(head).bind(MemberInput::departmentHead, builtOnSave());
        binder.forField(key).bind(MemberInput::keyStaff, builtOnSave());
        binder.forField(worker).bind(MemberInput::partyWorker, builtOnSave());
        binder.readBean(member);
        if (member.branchId() == null && branches.size() == 1) {
            branch.setValue(branches.get(0));
        }
        input = () -> new MemberInput(
                member.id(),
                member.version(),
                name.getValue(),
                staffNumber.getValue(),
                gender.getValue(),
                birth.getValue(),
                branch.getValue().id(),
                department.getValue() == null ? null : department.getValue().getId(),
                status.getValue(),
                joined.getValue(),
                fullDate.getValue(),
                title.getValue(),
                head.getValue(),
                key.getValue(),
                worker.getValue());
        status.addValueChangeListener(e -> fullDate.setEnabled(e.getValue() == MemberStatus.FULL));
        fullDate.setEnabled(member.status() == MemberStatus.FULL);

        FormLayout form = new FormLayout(
                name,
                staffNumber,
                gender,
                birth,
                branch,
                department,
                status,
                joined,
                fullDate,
                title,
                head,
                key,
                worker);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> save());
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        // Enter submits from the text fields only: in date pickers and lists it confirms a choice.
        save.addClickShortcut(Key.ENTER).listenOn(name, staffNumber, title);
        getFooter().add(cancel, save);
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        MemberInput saved = input.get();
        try {
            service.save(saved);
            Notifier.success(this, "member.saved", saved.name());
            close();
            onSaved.run();
        } catch (RuntimeException e) {
            Notifier.error(this, e);
        }
    }
}
