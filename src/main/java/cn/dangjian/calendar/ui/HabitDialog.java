package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.HabitInput;
import cn.dangjian.calendar.HabitRow;
import cn.dangjian.calendar.Recurrence;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Edits one duty's habit: the Nth weekday or a day of the month, the month of the period, time, place. */
final class HabitDialog {

    private HabitDialog() {}

    static void open(
            Component context, HabitRow row, @Nullable Long branchId, Predicate<HabitInput> save, LongPredicate reset) {
        HabitInput h = row.habit();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(row.typeName());
        RadioButtonGroup<Boolean> byWeekday = new RadioButtonGroup<>();
        byWeekday.setItems(true, false);
        byWeekday.setItemLabelGenerator(
                b -> context.getTranslation(b ? "calendar.habit.byWeekday" : "calendar.habit.byDay"));
        byWeekday.setValue(h.dayOfMonth() == null);
        Select<Integer> ordinal = new Select<>();
        ordinal.setLabel(context.getTranslation("calendar.habit.ordinal"));
        ordinal.setItems(1, 2, 3, 4, 5);
        ordinal.setItemLabelGenerator(i -> context.getTranslation("calendar.habit.ordinal." + i));
        ordinal.setValue(h.weekOrdinal() == null ? 1 : h.weekOrdinal());
        Select<DayOfWeek> weekday = new Select<>();
        weekday.setLabel(context.getTranslation("calendar.habit.weekday"));
        weekday.setItems(List.of(DayOfWeek.values()).subList(0, 5));
        weekday.setItemLabelGenerator(
                d -> d.getDisplayName(TextStyle.FULL, UI.getCurrent().getLocale()));
        weekday.setValue(h.dayOfWeek() == null ? DayOfWeek.TUESDAY : DayOfWeek.of(h.dayOfWeek()));
        IntegerField day = new IntegerField(context.getTranslation("calendar.habit.day"));
        day.setMin(1);
        day.setMax(31);
        day.setValue(h.dayOfMonth() == null ? 15 : h.dayOfMonth());
        IntegerField month = new IntegerField(context.getTranslation("calendar.habit.periodMonth.label"));
        month.setValue(h.periodMonth());
        month.setVisible(row.recurrence() != Recurrence.MONTHLY);
        TimePicker start = new TimePicker(context.getTranslation("calendar.habit.start"), h.start());
        IntegerField minutes = new IntegerField(context.getTranslation("calendar.habit.duration"));
        minutes.setValue(h.minutes());
        TextField place = new TextField(context.getTranslation("calendar.habit.place"));
        place.setMaxLength(120);
        place.setValue(h.place() == null ? "" : h.place());
        Runnable modes = () -> {
            ordinal.setVisible(byWeekday.getValue());
            weekday.setVisible(byWeekday.getValue());
            day.setVisible(!byWeekday.getValue());
        };
        byWeekday.addValueChangeListener(e -> modes.run());
        modes.run();
        dialog.add(new FormLayout(byWeekday, ordinal, weekday, day, month, start, minutes, place));

        Button cancel = new Button(context.getTranslation("action.cancel"), e -> dialog.close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button saveButton = new Button(context.getTranslation("action.save"), e -> {
            boolean nth = byWeekday.getValue();
            HabitInput in = new HabitInput(
                    h.typeId(),
                    nth ? ordinal.getValue() : null,
                    nth ? weekday.getValue().getValue() : null,
                    nth ? null : day.getValue(),
                    month.isVisible() ? month.getValue() : null,
                    start.getValue() == null ? h.start() : start.getValue(),
                    minutes.getValue() == null ? 0 : minutes.getValue(),
                    place.getValue());
            if (save.test(in)) {
                dialog.close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.setId("habit-save");
        dialog.getFooter().add(cancel);
        if (row.own() && branchId != null) {
            Button resetButton = new Button(context.getTranslation("calendar.habit.reset"), e -> {
                if (reset.test(h.typeId())) {
                    dialog.close();
                }
            });
            resetButton.setId("habit-reset");
            dialog.getFooter().add(resetButton);
        }
        dialog.getFooter().add(saveButton);
        dialog.open();
    }
}
