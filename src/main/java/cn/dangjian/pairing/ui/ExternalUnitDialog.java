package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.AllianceLevel;
import cn.dangjian.pairing.ExternalUnit;
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
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Objects;

/** Creates or edits a 共建单位 with its contact and alliance level. */
class ExternalUnitDialog extends Dialog {

    ExternalUnitDialog(ExternalUnitService units, ExternalUnit unit, Runnable onSaved) {
        setHeaderTitle(getTranslation(unit.getId() == null ? "pairing.unit.add" : "pairing.unit.edit"));
        setWidth("min(640px, 100vw)");
        Binder<ExternalUnit> binder = new Binder<>(ExternalUnit.class);
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
        binder.forField(name).asRequired(required).bind(ExternalUnit::getName, ExternalUnit::setName);
        binder.forField(type).asRequired(required).bind(ExternalUnit::getType, ExternalUnit::setType);
        binder.forField(level)
                .asRequired(required)
                .bind(ExternalUnit::getAllianceLevel, ExternalUnit::setAllianceLevel);
        binder.forField(contact)
                .bind(u -> Objects.requireNonNullElse(u.getContactPerson(), ""), ExternalUnit::setContactPerson);
        binder.forField(phone)
                .bind(u -> Objects.requireNonNullElse(u.getContactPhone(), ""), ExternalUnit::setContactPhone);
        binder.forField(address).bind(u -> Objects.requireNonNullElse(u.getAddress(), ""), ExternalUnit::setAddress);
        binder.readBean(unit);
        FormLayout form = new FormLayout(name, type, level, contact, phone, address);
        form.setColspan(name, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            try {
                binder.writeBean(unit);
            } catch (ValidationException ex) {
                return;
            }
            if (Notifier.attempt(this, () -> units.save(unit), "pairing.unit.saved", unit.getName())) {
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
