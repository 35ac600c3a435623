package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Asks for the note of a status change (and the new term end when renewing), then applies it. */
class TransitionDialog extends Dialog {

    interface Change {
        void apply(@Nullable LocalDate newEnd, @Nullable String note);
    }

    TransitionDialog(String titleKey, @Nullable LocalDate currentEnd, Change change, Runnable onDone) {
        setHeaderTitle(getTranslation(titleKey));
        DatePicker newEnd = DatePickers.localized(new DatePicker(getTranslation("pairing.renew.newEnd")));
        newEnd.setId("transition-end");
        newEnd.setVisible(currentEnd != null);
        if (currentEnd != null) {
            newEnd.setValue(currentEnd.plusYears(2));
        }
        TextField note = new TextField(getTranslation("pairing.transition.note"));
        note.setId("transition-note");
        note.setWidthFull();
        add(newEnd, note);
        Button ok = Buttons.whileWorking(new Button(getTranslation("action.confirm")), e -> {
            if (Notifier.attempt(
                    this, () -> change.apply(newEnd.getValue(), note.getValue()), "pairing.transition.done")) {
                close();
                onDone.run();
            }
        });
        ok.setId("transition-confirm");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        // Enter submits from the note only: in the date picker it confirms the typed date.
        ok.addClickShortcut(Key.ENTER).listenOn(note);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
