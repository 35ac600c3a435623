package cn.dangjian.plan.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.plan.BrandInput;
import cn.dangjian.plan.KeyTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Writes a branch's brand: name, slogan, the key task it leads, SWOT, targets (one a line) and how many are met. */
final class BrandDialog {

    private BrandDialog() {}

    static void open(Component ctx, BrandInput b, List<KeyTask> tasks, Consumer<BrandInput> save, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ctx.getTranslation("plan.brand.edit"));
        dialog.setWidth("760px");
        TextField name = new TextField(ctx.getTranslation("plan.brand.name.label"), b.name(), "");
        name.setId("brand-name");
        name.setMaxLength(60);
        name.setRequired(true);
        TextField slogan = new TextField(ctx.getTranslation("plan.brand.slogan"), text(b.slogan()), "");
        slogan.setMaxLength(120);
        ComboBox<KeyTask> task = new ComboBox<>(ctx.getTranslation("plan.brand.keyTask.label"));
        task.setItems(tasks);
        task.setItemLabelGenerator(KeyTask::getTitle);
        task.setClearButtonVisible(true);
        tasks.stream()
                .filter(t -> Objects.equals(t.getId(), b.keyTaskId()))
                .findFirst()
                .ifPresent(task::setValue);
        TextArea strengths = area(ctx, "plan.brand.strengths", b.strengths());
        TextArea weaknesses = area(ctx, "plan.brand.weaknesses", b.weaknesses());
        TextArea opportunities = area(ctx, "plan.brand.opportunities", b.opportunities());
        TextArea threats = area(ctx, "plan.brand.threats", b.threats());
        TextArea targets = area(ctx, "plan.brand.targets", b.targets());
        targets.setMaxLength(1000);
        targets.setHelperText(ctx.getTranslation("plan.brand.targetsHint"));
        IntegerField met = new IntegerField(ctx.getTranslation("plan.brand.targetsMet.label"));
        met.setValue(b.targetsMet());
        met.setMin(0);
        FormLayout form =
                new FormLayout(name, slogan, task, strengths, weaknesses, opportunities, threats, targets, met);
        form.setColspan(task, 2);
        form.setColspan(targets, 2);
        dialog.add(form);
        Button cancel = new Button(ctx.getTranslation("action.cancel"), e -> dialog.close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button ok = Buttons.whileWorking(new Button(ctx.getTranslation("action.save")), e -> {
            BrandInput in = new BrandInput(
                    name.getValue(),
                    slogan.getValue(),
                    task.getValue() == null ? null : task.getValue().getId(),
                    strengths.getValue(),
                    weaknesses.getValue(),
                    opportunities.getValue(),
                    threats.getValue(),
                    targets.getValue(),
                    met.getValue() == null ? 0 : met.getValue());
            if (Notifier.attempt(ctx, () -> save.accept(in), "plan.saved")) {
                dialog.close();
                done.run();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("brand-save");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private static TextArea area(Component ctx, String key, @Nullable String value) {
        TextArea area = new TextArea(ctx.getTranslation(key));
        area.setValue(text(value));
        area.setMaxLength(500);
        return area;
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
