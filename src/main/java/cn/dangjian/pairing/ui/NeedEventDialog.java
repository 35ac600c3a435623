package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.lists.NeedEventService;
import cn.dangjian.pairing.lists.NeedRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * "安排联合活动": a small form for a 联建活动 under the need's pairing or alliance, prefilled with the need's title.
 * The calendar's full event form stays where it is; this one sends what a joint activity for a need needs.
 */
class NeedEventDialog extends Dialog {

    // Once per dialog: a second click (or a resent request) finds the first event instead of making another.
    private final String creationKey = UUID.randomUUID().toString();

    NeedEventDialog(NeedEventService service, NeedRow r, LocalDateTime defaultStart, Runnable onDone) {
        setHeaderTitle(getTranslation("need.event.schedule") + " · " + r.title());
        setWidth("min(560px, 100vw)");
        if (r.addressedTo() != null) {
            add(new Paragraph(getTranslation("need.event.under", r.addressedTo())));
        }
        TextField title = new TextField(getTranslation("field.title"));
        title.setId("need-event-title");
        title.setMaxLength(200);
        title.setValue(r.title());
        DateTimePicker start = picker("need-event-start", "need.event.start");
        DateTimePicker end = picker("need-event-end", "need.event.end");
        start.setValue(defaultStart);
        end.setValue(defaultStart.plusHours(2));
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getOldValue() != null && end.getValue() != null) {
                end.setValue(end.getValue().plus(Duration.between(e.getOldValue(), e.getValue())));
            }
        });
        TextField place = new TextField(getTranslation("need.event.place"));
        place.setId("need-event-place");
        place.setMaxLength(200);
        FormLayout form = new FormLayout(title, start, end, place);
        form.setColspan(title, 2);
        form.setColspan(place, 2);
        add(form);
        Button ok = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            if (Notifier.attempt(
                    this,
                    () -> service.schedule(
                            r.id(), title.getValue(), start.getValue(), end.getValue(), place.getValue(), creationKey),
                    "need.event.scheduled")) {
                close();
                onDone.run();
            }
        });
        ok.setId("need-event-confirm");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    private DateTimePicker picker(String id, String label) {
        DateTimePicker p = new DateTimePicker(getTranslation(label));
        p.setId(id);
        p.setStep(Duration.ofMinutes(15));
        p.setDatePickerI18n(DatePickers.i18n(this));
        return p;
    }
}
