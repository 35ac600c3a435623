package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.EvidenceForm;
import cn.dangjian.pairing.EvidenceKind;
import cn.dangjian.pairing.PairingDetail;
import cn.dangjian.pairing.PairingEvidenceService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** Records what was done under a pairing, linked to the goals it served. */
class EvidenceDialog extends Dialog {

    EvidenceDialog(PairingEvidenceService evidence, PairingDetail pairing, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation("pairing.evidence.add"));
        setWidth("min(640px, 100vw)");
        Select<EvidenceKind> kind = new Select<>();
        kind.setLabel(getTranslation("pairing.evidence.kind"));
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("enum.EvidenceKind." + k));
        kind.setValue(EvidenceKind.JOINT_ACTIVITY);
        TextField title = new TextField(getTranslation("pairing.evidence.title"));
        title.setId("evidence-title");
        title.setRequiredIndicatorVisible(true);
        DatePicker date = DatePickers.localized(new DatePicker(getTranslation("pairing.evidence.date"), today));
        date.setId("evidence-date");
        date.setMax(today);
        MultiSelectComboBox<PairingDetail.GoalProgress> goals =
                new MultiSelectComboBox<>(getTranslation("pairing.evidence.goals"));
        goals.setItems(pairing.goals());
        goals.setItemLabelGenerator(g -> getTranslation("enum.GoalDimension." + g.dimension()) + "：" + g.target());
        TextArea description = new TextArea(getTranslation("pairing.evidence.description"));
        FormLayout form = new FormLayout(kind, date, title, goals, description);
        form.setColspan(title, 2);
        form.setColspan(goals, 2);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            Set<Long> ids = goals.getValue().stream()
                    .map(PairingDetail.GoalProgress::id)
                    .collect(Collectors.toSet());
            EvidenceForm input =
                    new EvidenceForm(kind.getValue(), title.getValue(), date.getValue(), description.getValue(), ids);
            if (Notifier.attempt(this, () -> evidence.record(pairing.id(), input), "pairing.evidence.saved")) {
                close();
                onSaved.run();
            }
        });
        save.setId("evidence-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        // Enter submits from the title only: in the date picker it confirms the typed date, in the text area it is a
        // new line.
        save.addClickShortcut(Key.ENTER).listenOn(title);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
