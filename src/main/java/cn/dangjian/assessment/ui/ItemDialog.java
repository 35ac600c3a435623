package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.Formula;
import cn.dangjian.assessment.ItemInput;
import cn.dangjian.assessment.Measure;
import cn.dangjian.assessment.SchemeService;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Adds or edits a dimension (name and nominal maximum) or an indicator (measure, formula, thresholds, rule). */
class ItemDialog extends Dialog {

    ItemDialog(
            SchemeService service,
            long schemeId,
            @Nullable Long itemId,
            @Nullable Long parentId,
            boolean dimension,
            ItemInput in,
            long version,
            Runnable onSaved) {
        setHeaderTitle(getTranslation(dimension ? "assessment.scheme.dimension" : "assessment.scheme.indicator"));
        TextField name = new TextField(getTranslation("assessment.col.indicator"));
        name.setId("item-name");
        name.setMaxLength(100);
        name.setValue(in.name());
        NumberField max = new NumberField(getTranslation("assessment.col.max"));
        max.setId("item-max");
        max.setValue(in.maxScore());
        Select<Measure> measure = new Select<>();
        measure.setId("item-measure");
        measure.setLabel(getTranslation("assessment.col.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> getTranslation("enum.Measure." + m));
        measure.setValue(in.measure() == null ? Measure.MANUAL : in.measure());
        Select<Formula> formula = new Select<>();
        formula.setId("item-formula");
        formula.setLabel(getTranslation("assessment.col.formula"));
        formula.setItems(Formula.values());
        formula.setItemLabelGenerator(f -> getTranslation("enum.Formula." + f));
        formula.setValue(in.formula());
        NumberField low = new NumberField(getTranslation("assessment.scheme.low"));
        low.setValue(in.paramLow());
        NumberField high = new NumberField(getTranslation("assessment.scheme.high"));
        high.setValue(in.paramHigh());
        TextArea rule = new TextArea(getTranslation("assessment.col.rule"));
        rule.setMaxLength(500);
        rule.setValue(in.ruleText());
        Runnable sync = () -> {
            boolean auto = measure.getValue() == Measure.AUTOMATIC;
            formula.setVisible(auto);
            Formula f = formula.getValue();
            low.setVisible(auto && f != null && (f.linear() || f.perUnit()));
            low.setLabel(
                    getTranslation(f != null && f.perUnit() ? "assessment.scheme.perUnit" : "assessment.scheme.low"));
            high.setVisible(auto && f != null && f.linear());
        };
        measure.addValueChangeListener(e -> sync.run());
        formula.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                low.setValue(e.getValue().defaultLow());
                high.setValue(e.getValue().defaultHigh());
            }
            sync.run();
        });
        sync.run();
        FormLayout form =
                dimension ? new FormLayout(name, max) : new FormLayout(name, max, measure, formula, low, high, rule);
        form.setColspan(rule, 2);
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            ItemInput out = new ItemInput(
                    name.getValue(),
                    dimension ? null : measure.getValue(),
                    dimension ? null : formula.getValue(),
                    low.getValue(),
                    high.getValue(),
                    max.getValue() == null ? Double.NaN : max.getValue(),
                    dimension ? "" : rule.getValue());
            if (Notifier.attempt(
                    this, () -> service.save(schemeId, itemId, parentId, out, version), "assessment.scheme.saved")) {
                close();
                onSaved.run();
            }
        });
        save.setId("item-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, save);
    }
}
