package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.PairingDetail;
import cn.dangjian.pairing.PairingEvidenceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.HashSet;
import java.util.Set;

/** Files a piece of evidence under other goals of its pairing (or none), calendar evidence included. */
class GoalReassignDialog extends Dialog {

    private GoalReassignDialog(
            PairingDetail d, PairingDetail.EvidenceItem item, PairingEvidenceService evidence, Runnable onChange) {
        setId("goal-reassign-dialog");
        setHeaderTitle(getTranslation("pairing.evidence.reassign") + " · " + item.title());
        MultiSelectComboBox<PairingDetail.GoalProgress> goals = new MultiSelectComboBox<>();
        goals.setId("reassign-goals");
        goals.setWidthFull();
        goals.setItems(d.goals());
        goals.setItemLabelGenerator(PairingDetail.GoalProgress::target);
        goals.setValue(
                d.goals().stream().filter(g -> item.goalIds().contains(g.id())).toList());
        add(goals);
        Button save = new Button(getTranslation("action.save"), e -> {
            Set<Long> ids = new HashSet<>();
            goals.getValue().forEach(g -> ids.add(g.id()));
            if (Notifier.attempt(this, () -> evidence.reassignGoals(item.id(), ids), "pairing.evidence.reassigned")) {
                close();
                onChange.run();
            }
        });
        save.setId("reassign-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    static void open(
            PairingDetail d, PairingDetail.EvidenceItem item, PairingEvidenceService evidence, Runnable onChange) {
        new GoalReassignDialog(d, item, evidence, onChange).open();
    }
}
