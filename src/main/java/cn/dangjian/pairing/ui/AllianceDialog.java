package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.pairing.AllianceInput;
import cn.dangjian.pairing.AllianceLevel;
import cn.dangjian.pairing.AllianceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** A new alliance (admin): name, level, lead branch and the charter's title and term; parties come after. */
class AllianceDialog extends Dialog {

    AllianceDialog(AllianceService alliances, List<BranchRef> branches, LocalDate today, Consumer<Long> onCreated) {
        setHeaderTitle(getTranslation("alliance.add"));
        setWidth("min(640px, 100vw)");
        TextField name = new TextField(getTranslation("field.allianceName"));
        name.setId("alliance-name");
        name.setRequiredIndicatorVisible(true);
        Select<AllianceLevel> level = new Select<>();
        level.setId("alliance-level");
        level.setLabel(getTranslation("field.allianceLevel"));
        level.setItems(AllianceLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("enum.AllianceLevel." + l));
        level.setValue(AllianceLevel.HOSPITAL);
        ComboBox<BranchRef> lead = new ComboBox<>(getTranslation("field.leadBranchId"));
        lead.setId("alliance-lead");
        lead.setItems(branches.stream().filter(b -> b.kind().isServing()).toList());
        lead.setItemLabelGenerator(b -> b.code() + " " + b.name());
        TextField title = new TextField(getTranslation("field.agreementTitle"));
        title.setId("alliance-title");
        DatePicker start = DatePickers.localized(new DatePicker(getTranslation("field.termStart"), today));
        start.setId("alliance-start");
        DatePicker end = DatePickers.localized(new DatePicker(
                getTranslation("field.termEnd"), today.plusYears(3).minusDays(1)));
        end.setId("alliance-end");
        TextArea summary = new TextArea(getTranslation("field.summary"));
        summary.setId("alliance-summary");
        FormLayout form = new FormLayout(name, level, lead, title, start, end, summary);
        form.setColspan(summary, 2);
        add(form);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            Long[] id = new Long[1];
            if (Notifier.attempt(
                    this,
                    () -> id[0] = alliances.create(new AllianceInput(
                            name.getValue(),
                            level.getValue(),
                            lead.getValue() == null ? null : lead.getValue().id(),
                            title.getValue(),
                            start.getValue(),
                            end.getValue(),
                            summary.getValue())),
                    "alliance.created")) {
                close();
                onCreated.accept(id[0]);
            }
        });
        save.setId("alliance-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
