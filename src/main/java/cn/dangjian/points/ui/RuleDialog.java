package cn.dangjian.points.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.points.EventTrigger;
import cn.dangjian.points.PointsRule;
import cn.dangjian.points.PointsRulesService;
import cn.dangjian.points.RuleCategory;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Edits one rule of the catalogue; the change applies to new entries only. */
class RuleDialog extends Dialog {

    RuleDialog(PointsRulesService service, EventTypeNames types, PointsRule rule, Runnable onSaved) {
        setHeaderTitle(getTranslation(rule.getId() == null ? "points.rules.add" : "points.rules.edit"));
        TextField code = new TextField(getTranslation("points.col.code"), rule.getCode(), "");
        code.setId("rule-code");
        TextField name = new TextField(getTranslation("points.col.rule"), rule.getName(), "");
        name.setId("rule-name");
        Select<RuleCategory> category = new Select<>();
        category.setLabel(getTranslation("points.col.category"));
        category.setItems(RuleCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("enum.RuleCategory." + c));
        category.setValue(rule.getCategory());
        IntegerField points = number("points.col.points", rule.getPoints());
        points.setId("rule-points");
        IntegerField min = number("points.rules.min", rule.getMinPoints());
        IntegerField max = number("points.rules.max", rule.getMaxPoints());
        IntegerField capDay = cap("points.rules.capDay", rule.getCapDay());
        IntegerField capMonth = cap("points.rules.capMonth", rule.getCapMonth());
        IntegerField capYear = cap("points.rules.capYear", rule.getCapYear());
        capYear.setId("rule-cap-year");
        MultiSelectComboBox<String> events = new MultiSelectComboBox<>(getTranslation("points.rules.events"));
        events.setId("rule-events");
        List<String> codes = new ArrayList<>(types.codes());
        List<String> chosen = EventTypeNames.split(rule.getEventTypeCodes());
        chosen.stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        events.setItems(codes);
        events.setItemLabelGenerator(types::name);
        events.setValue(new LinkedHashSet<>(chosen));
        Select<EventTrigger> trigger = new Select<>();
        trigger.setLabel(getTranslation("points.rules.trigger"));
        trigger.setEmptySelectionAllowed(true);
        trigger.setItems(EventTrigger.values());
        trigger.setItemLabelGenerator(t -> t == null ? "—" : getTranslation("enum.EventTrigger." + t));
        trigger.setValue(rule.getEventTrigger());
        Checkbox active = new Checkbox(getTranslation("points.rules.active"), rule.isActive());
        FormLayout form = new FormLayout(
                code, name, category, points, min, max, capDay, capMonth, capYear, events, trigger, active);
        form.setColspan(events, 2);
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            rule.setCode(code.getValue());
            rule.setName(name.getValue());
            rule.setCategory(category.getValue());
            rule.setPoints(points.getValue() == null ? 0 : points.getValue());
            rule.setMinPoints(min.getValue() == null ? 0 : min.getValue());
            rule.setMaxPoints(max.getValue() == null ? 0 : max.getValue());
            rule.setCapDay(capDay.getValue());
            rule.setCapMonth(capMonth.getValue());
            rule.setCapYear(capYear.getValue());
            rule.setEventTypeCodes(
                    codes.stream().filter(events.getValue()::contains).collect(Collectors.joining(",")));
            rule.setEventTrigger(trigger.getValue());
            rule.setActive(active.getValue());
            if (Notifier.attempt(this, () -> service.saveRule(rule), "points.rules.saved")) {
                close();
                onSaved.run();
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(cancel, save);
    }

    /** Caps are magnitudes: a deduction rule's cap limits how many points it takes away. */
    private IntegerField cap(String key, @Nullable Integer value) {
        IntegerField f = number(key, value);
        f.setMin(1);
        f.setHelperText(getTranslation("points.rules.capHelp"));
        return f;
    }

    private IntegerField number(String key, @Nullable Integer value) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setValue(value);
        return f;
    }
}
