package cn.dangjian.pairing.ui;

import static cn.dangjian.common.ui.Forms.builtOnSave;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.AllianceLevel;
import cn.dangjian.pairing.ExternalUnitInput;
import cn.dangjian.pairing.ExternalUnitService;
import cn.dangjian.pairing.ExternalUnitType;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;

/** Creates or edits a 共建单位 with its contact and alliance level. */
class ExternalUnitDialog extends Dialog {

    ExternalUnitDialog(ExternalUnitService units, ExternalUnitInput unit, Runnable onSaved) {
        setHeaderTitle(getTranslation(unit.id() == null ? "pairing.unit.add" : "pairing.unit.edit"));
        setWidth("min(640px, 100vw)");
        Binder<ExternalUnitInput> binder = new Binder<>();
        TextField name = new TextField(getTranslation("pairing.unit.name"));
        name.setId("unit-name");
        Select<ExternalUnitType> type = new Select<>();
        type.setLabel(getTranslation("pairing.unit.type"));
        type.setItems(ExternalUnitType.values());
        type.setItemLabelGenerator(t -> getTranslation("enum.ExternalUnitType." + t));
        Select<AllianceLevel> level = new Select<>();
        level.setLabel(getTranslation("pairing.unit.level"));
        level.setItems(AllianceLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("enum.AllianceLevel." + l));
        TextField contact = new TextField(getTranslation("pairing.unit.contactPerson"));
        TextField phone = new TextField(getTranslation("pairing.unit.contactPhone"));
        TextField address = new TextField(getTranslation("pairing.unit.address"));
        String required = getTranslation("validation.required", "");
        binder.forField(name).asRequired(required).bind(ExternalUnitInput::name, builtOnSave());
        binder.forField(type).asRequired(required).bind(ExternalUnitInput::type, builtOnSave());
        binder.forField(level).asRequired(required).bind(ExternalUnitInput::allianceLevel, builtOnSave());
        binder.forField(contact).bind(u -> Objects.requireNonNullElse(u.contactPerson(), ""), builtOnSave());
        binder.forField(phone).bind(u -> Objects.requireNonNullElse(u.contactPhone(), ""), builtOnSave());
        binder.forField(address).bind(u -> Objects.requireNonNullElse(u.address(), ""), builtOnSave());
        binder.readBean(unit);
        FormLayout form = new FormLayout(name, type, level, contact, phone, address);
        form.setColspan(name, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            ExternalUnitInput input = new ExternalUnitInput(
                    unit.id(),
                    unit.version(),
                    name.getValue(),
                    type.getValue(),
                    level.getValue(),
                    contact.getValue(),
                    phone.getValue(),
                    address.getValue());
            if (Notifier.attempt(this, () -> units.save(input), "pairing.unit.saved", input.name())) {
                close();
                onSaved.run();
            }
        });
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
