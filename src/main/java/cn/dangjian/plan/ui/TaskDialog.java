package cn.dangjian.plan.ui;

import cn.dangjian.common.contracts.EventTypeDirectory.EventTypeName;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.plan.EvidenceKind;
import cn.dangjian.plan.KeyTask;
import cn.dangjian.plan.OwnerKind;
import cn.dangjian.plan.TaskInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Writes or edits an unpublished key task: owner, due date inside the year, the evidence it asks for. */
final class TaskDialog {

    /** What the dialog needs to offer: branches and event types to choose from. */
    record Choices(List<BranchRef> branches, List<EventTypeName> types) {}

    /** Saves the input for the task ({@code null}: a new one) at the version the form loaded. */
    interface Saver {
        void save(@Nullable Long id, long version, TaskInput in);
    }

    private TaskDialog() {}

    static void open(Component ctx, int year, @Nullable KeyTask task, Choices choices, Saver saver, Runnable done) {
        TaskInput t = task == null
                ? new TaskInput(
                        year,
                        "",
                        null,
                        "",
                        OwnerKind.ALL,
                        Set.of(),
                        LocalDate.of(year, 6, 30),
                        null,
                        EvidenceKind.NONE,
                        null,
                        null,
                        null,
                        null)
                : task.input();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ctx.getTranslation(task == null ? "plan.task.new" : "plan.task.edit"));
        dialog.setWidth("720px");
        TextField title = new TextField(ctx.getTranslation("plan.task.title"), t.title(), "");
        title.setId("task-title");
        title.setMaxLength(120);
        title.setRequired(true);
        TextField category = new TextField(ctx.getTranslation("plan.task.category"), t.category(), "");
        category.setId("task-category");
        category.setMaxLength(40);
        category.setPlaceholder(ctx.getTranslation("plan.task.categoryHint"));
        TextArea description = new TextArea(ctx.getTranslation("plan.task.description"));
        description.setValue(Objects.requireNonNullElse(t.description(), ""));
        description.setMaxLength(2000);
        Select<OwnerKind> owner = new Select<>();
        owner.setLabel(ctx.getTranslation("plan.task.owner"));
        owner.setItems(OwnerKind.values());
        owner.setItemLabelGenerator(o -> ctx.getTranslation("plan.owner." + o));
        owner.setValue(t.ownerKind());
        owner.setId("task-owner");
        MultiSelectComboBox<BranchRef> branches = new MultiSelectComboBox<>(ctx.getTranslation("plan.task.branches"));
        branches.setItems(choices.branches());
        branches.setItemLabelGenerator(BranchRef::name);
        branches.setValue(choices.branches().stream()
                .filter(b -> t.branchIds().contains(b.id()))
                .collect(Collectors.toSet()));
        branches.setId("task-branches");
        DatePicker due = DatePickers.localized(new DatePicker(ctx.getTranslation("plan.task.due"), t.dueDate()));
        due.setMin(LocalDate.of(year, 1, 1));
        due.setMax(LocalDate.of(year, 12, 31));
        due.setId("task-due");
        TextArea expected = new TextArea(ctx.getTranslation("plan.task.expected"));
        expected.setValue(Objects.requireNonNullElse(t.expectedResult(), ""));
        expected.setMaxLength(500);
        Select<EvidenceKind> evidence = new Select<>();
        evidence.setLabel(ctx.getTranslation("plan.task.evidence"));
        evidence.setItems(EvidenceKind.values());
        evidence.setItemLabelGenerator(k -> ctx.getTranslation("plan.evidence." + k));
        evidence.setValue(t.evidenceKind());
        evidence.setId("task-evidence");
        Select<EventTypeName> type = new Select<>();
        type.setLabel(ctx.getTranslation("plan.task.eventType"));
        type.setItems(choices.types());
        type.setItemLabelGenerator(EventTypeName::name);
        choices.types().stream()
                .filter(x -> x.code().equals(t.evidenceTypeCode()))
                .findFirst()
                .ifPresent(type::setValue);
        type.setId("task-event-type");
        IntegerField count = new IntegerField(ctx.getTranslation("plan.task.eventCount"));
        count.setValue(t.evidenceCount() == null ? 1 : t.evidenceCount());
        count.setMin(1);
        count.setMax(50);
        count.setId("task-event-count");
        DatePicker from = DatePickers.localized(new DatePicker(ctx.getTranslation("plan.task.from"), t.evidenceFrom()));
        DatePicker to = DatePickers.localized(new DatePicker(ctx.getTranslation("plan.task.to"), t.evidenceTo()));
        from.setHelperText(ctx.getTranslation("plan.task.fromHint"));
        to.setHelperText(ctx.getTranslation("plan.task.toHint"));
        Runnable modes = () -> {
            branches.setVisible(owner.getValue() == OwnerKind.BRANCHES);
            boolean events = evidence.getValue() == EvidenceKind.EVENTS;
            type.setVisible(events);
            count.setVisible(events);
            from.setVisible(events);
            to.setVisible(events);
        };
        owner.addValueChangeListener(e -> modes.run());
        evidence.addValueChangeListener(e -> modes.run());
        modes.run();
        FormLayout form = new FormLayout(
                title, category, description, owner, branches, due, expected, evidence, type, count, from, to);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(expected, 2);
        form.setColspan(branches, 2);
        dialog.add(form);

        Button cancel = new Button(ctx.getTranslation("action.cancel"), e -> dialog.close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button save = Buttons.whileWorking(new Button(ctx.getTranslation("action.save")), e -> {
            TaskInput in = new TaskInput(
                    year,
                    title.getValue(),
                    description.getValue(),
                    category.getValue(),
                    owner.getValue(),
                    branches.getValue().stream().map(BranchRef::id).collect(Collectors.toSet()),
                    due.getValue(),
                    expected.getValue(),
                    evidence.getValue(),
                    type.getValue() == null ? null : type.getValue().code(),
                    count.getValue(),
                    from.getValue(),
                    to.getValue());
            Long id = task == null ? null : task.getId();
            long version = task == null ? 0 : task.getVersion();
            if (Notifier.attempt(ctx, () -> saver.save(id, version, in), "plan.task.saved")) {
                dialog.close();
                done.run();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("task-save");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
