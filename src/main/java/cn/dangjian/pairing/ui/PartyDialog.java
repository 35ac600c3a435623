package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.pairing.AllianceRole;
import cn.dangjian.pairing.AllianceService;
import cn.dangjian.pairing.ExternalUnit;
import cn.dangjian.pairing.PartyInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/** Adds a party to an alliance: a hospital branch or an external unit, its role, dates and contact person. */
class PartyDialog extends Dialog {

    PartyDialog(
            AllianceService alliances,
            Long pairingId,
            List<BranchRef> branches,
            List<ExternalUnit> units,
            LocalDate today,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("alliance.addParty"));
        setWidth("min(640px, 100vw)");
        RadioButtonGroup<Boolean> internal = new RadioButtonGroup<>();
        internal.setItems(true, false);
        internal.setItemLabelGenerator(b -> getTranslation(b ? "alliance.internal" : "alliance.external"));
        internal.setValue(true);
        ComboBox<BranchRef> branch = new ComboBox<>(getTranslation("field.branch"));
        branch.setId("party-branch");
        branch.setItems(branches.stream().filter(b -> b.kind().isServing()).toList());
        branch.setItemLabelGenerator(b -> b.code() + " " + b.name());
        ComboBox<ExternalUnit> unit = new ComboBox<>(getTranslation("field.externalUnitId"));
        unit.setId("party-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(ExternalUnit::getName);
        unit.setVisible(false);
        internal.addValueChangeListener(e -> {
            branch.setVisible(Boolean.TRUE.equals(e.getValue()));
            unit.setVisible(!Boolean.TRUE.equals(e.getValue()));
        });
        Select<AllianceRole> role = new Select<>();
        role.setId("party-role");
        role.setLabel(getTranslation("field.role"));
        role.setItems(AllianceRole.values());
        role.setItemLabelGenerator(r -> getTranslation("enum.AllianceRole." + r));
        role.setValue(AllianceRole.MEMBER);
        DatePicker joined = DatePickers.localized(new DatePicker(getTranslation("field.joinedOn"), today));
        joined.setId("party-joined");
        DatePicker left = DatePickers.localized(new DatePicker(getTranslation("alliance.leftOn")));
        left.setId("party-left");
        TextField contact = new TextField(getTranslation("field.contactPerson"));
        contact.setId("party-contact");
        TextField phone = new TextField(getTranslation("field.contactPhone"));
        add(internal, new FormLayout(branch, unit, role, joined, left, contact, phone));
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            boolean in = Boolean.TRUE.equals(internal.getValue());
            if (Notifier.attempt(
                    this,
                    () -> alliances.addParty(
                            pairingId,
                            new PartyInput(
                                    in && branch.getValue() != null
                                            ? branch.getValue().id()
                                            : null,
                                    !in && unit.getValue() != null
                                            ? unit.getValue().getId()
                                            : null,
                                    role.getValue(),
                                    joined.getValue(),
                                    left.getValue(),
                                    contact.getValue(),
                                    phone.getValue())),
                    "alliance.saved")) {
                close();
                onSaved.run();
            }
        });
        save.setId("party-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
