package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.pairing.GoalDimension;
import cn.dangjian.pairing.PairingForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The agreement's goals as editable rows: dimension, target, optional count, due date. */
class GoalsEditor extends VerticalLayout {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Supplier<@Nullable LocalDate> defaultDue;

    private final class Row extends HorizontalLayout {
        final @Nullable Long id;
        final Select<GoalDimension> dimension = new Select<>();
        final TextField target = new TextField();
        final IntegerField count = new IntegerField();
        final DatePicker due = DatePickers.localized(new DatePicker());

        Row(PairingForm.@Nullable GoalForm goal, int index) {
            id = goal == null ? null : goal.id();
            dimension.setItems(GoalDimension.values());
            dimension.setItemLabelGenerator(d -> getTranslation("enum.GoalDimension." + d));
            dimension.setValue(goal == null ? GoalDimension.JOINT_ACTIVITIES : goal.dimension());
            dimension.setAriaLabel(getTranslation("pairing.goal.dimension"));
            target.setPlaceholder(getTranslation("pairing.goal.target"));
            target.setValue(goal == null ? "" : goal.target());
            target.setWidth("14em");
            count.setPlaceholder(getTranslation("pairing.goal.count"));
            count.setMin(1);
            count.setWidth("7em");
            count.setValue(goal == null ? null : goal.targetCount());
            due.setPlaceholder(getTranslation("pairing.goal.due"));
            due.setValue(goal == null ? defaultDue.get() : goal.dueDate());
            due.setWidth("9.5em");
            dimension.setWidth("9.5em");
            setIds(index);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                list.remove(this);
                renumber();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            add(dimension, target, count, due, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
        }

        void setIds(int index) {
            dimension.setId("goal-dimension-" + index);
            target.setId("goal-target-" + index);
            count.setId("goal-count-" + index);
            due.setId("goal-due-" + index);
        }
    }

    GoalsEditor(List<PairingForm.GoalForm> goals, Supplier<@Nullable LocalDate> defaultDue) {
        this.defaultDue = defaultDue;
        setPadding(false);
        list.setPadding(false);
        list.setSpacing(false);
        goals.forEach(this::addRow);
        Button add = new Button(getTranslation("pairing.goal.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.setId("add-goal");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add(new Span(getTranslation("pairing.goals")), list, add);
    }

    private void addRow(PairingForm.@Nullable GoalForm goal) {
        Row row = new Row(goal, rows.size());
        rows.add(row);
        list.add(row);
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setIds(i);
        }
    }

    /** The rows as goals; an incomplete row is passed on as it is so the service names the missing field. */
    List<PairingForm.GoalForm> value() {
        return rows.stream()
                .map(r -> new PairingForm.GoalForm(
                        r.id, r.dimension.getValue(), r.target.getValue(), r.count.getValue(), r.due.getValue()))
                .toList();
    }
}
