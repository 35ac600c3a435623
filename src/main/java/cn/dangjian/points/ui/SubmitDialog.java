package cn.dangjian.points.ui;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.points.MemberScore;
import cn.dangjian.points.PointsRule;
import cn.dangjian.points.SubmissionInput;
import cn.dangjian.points.SubmissionService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Submits points for one or several members of a branch (a batch), for an administrator to approve. */
class SubmitDialog extends Dialog {

    SubmitDialog(
            SubmissionService submissions,
            List<PointsRule> rules,
            List<MemberScore> members,
            Collection<MemberScore> preselected,
            LocalDate today,
            Runnable onDone) {
        setHeaderTitle(getTranslation("points.submit.title"));
        MultiSelectComboBox<MemberScore> who = new MultiSelectComboBox<>(getTranslation("points.submit.members"));
        who.setId("submit-members");
        who.setItems(members);
        who.setItemLabelGenerator(MemberScore::name);
        who.setValue(preselected);
        who.setRequired(true);
        ComboBox<PointsRule> rule = new ComboBox<>(getTranslation("points.col.rule"));
        rule.setId("submit-rule");
        rule.setItems(rules);
        rule.setItemLabelGenerator(r -> r.getName() + " (" + r.getMinPoints() + "…" + r.getMaxPoints() + ")");
        rule.setRequired(true);
        IntegerField points = new IntegerField(getTranslation("points.col.points"));
        points.setId("submit-points");
        points.setStepButtonsVisible(true);
        rule.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                points.setValue(e.getValue().getPoints());
            }
        });
        DatePicker date = DatePickers.localized(new DatePicker(getTranslation("points.col.date"), today));
        date.setId("submit-date");
        date.setMax(today);
        TextField note = new TextField(getTranslation("points.submit.note"));
        note.setId("submit-note");
        note.setMaxLength(300);
        FormLayout form = new FormLayout(who, rule, points, date, note);
        form.setColspan(who, 2);
        form.setColspan(note, 2);
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button save = Buttons.whileWorking(new Button(getTranslation("points.submit.send")), e -> {
            if (who.isEmpty() || rule.isEmpty() || points.isEmpty() || date.isEmpty()) {
                Notifier.error(this, new BusinessException("points.submit.incomplete"));
                return;
            }
            List<SubmissionInput> lines = who.getValue().stream()
                    .map(m -> new SubmissionInput(
                            m.memberId(), rule.getValue().getId(), points.getValue(), date.getValue(), note.getValue()))
                    .toList();
            if (Notifier.attempt(this, () -> submissions.submit(lines), "points.submit.done", lines.size())) {
                close();
                onDone.run();
            }
        });
        save.setId("submit-send");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        // Enter submits from the text fields only: in the date picker and the rule list it confirms a choice.
        save.addClickShortcut(Key.ENTER).listenOn(points, note);
        getFooter().add(cancel, save);
    }
}
