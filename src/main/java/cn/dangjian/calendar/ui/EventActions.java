package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.EventDetail;
import cn.dangjian.calendar.EventStatus;
import cn.dangjian.calendar.PlanMark;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * What a secretary does with an existing event besides editing it: confirm a generated one as it stands, drop
 * (cancel) it with a reason, show the sign-in code. Moving a generated event is editing its date in the form.
 */
class EventActions extends HorizontalLayout {

    private final CalendarUi ui;
    private final EventDetail detail;
    private final Dialog dialog;
    private final Runnable onChanged;

    EventActions(CalendarUi ui, EventDetail detail, PlanMark mark, Dialog dialog, Runnable onChanged) {
        this.ui = ui;
        this.detail = detail;
        this.dialog = dialog;
        this.onChanged = onChanged;
        Button cancelEvent = new Button(getTranslation("calendar.event.cancel"), VaadinIcon.BAN.create(), e -> ask());
        cancelEvent.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        cancelEvent.setId("event-cancel");
        Button qr = new Button(
                getTranslation("calendar.signIn.qr"),
                VaadinIcon.QRCODE.create(),
                e -> SignInQrDialog.open(ui, detail.id(), detail.title()));
        qr.setId("event-qr");
        add(cancelEvent, qr);
        if (mark.awaitingConfirmation()) {
            Button confirm =
                    new Button(getTranslation("calendar.event.confirm"), VaadinIcon.CHECK.create(), e -> confirm());
            confirm.addThemeVariants(ButtonVariant.TERTIARY);
            confirm.setId("event-confirm");
            addComponentAsFirst(confirm);
        }
    }

    /** The line under the summary: generated and awaiting confirmation, confirmed, or why it was cancelled. */
    static @Nullable Div markLine(PlanMark mark, EventStatus status) {
        String text = null;
        if (status == EventStatus.CANCELLED && mark.cancelReason() != null) {
            text = new Div().getTranslation("calendar.event.cancelReasonShown", mark.cancelReason());
        } else if (mark.awaitingConfirmation()) {
            text = new Div().getTranslation("calendar.event.generated");
        } else if (mark.confirmedAt() != null && status == EventStatus.PLANNED) {
            text = new Div().getTranslation("calendar.event.confirmed");
        }
        if (text == null) {
            return null;
        }
        Div line = new Div(text);
        line.setId("event-plan-mark");
        line.addClassName("event-generated");
        return line;
    }

    private void ask() {
        TextField reason = new TextField(getTranslation("calendar.event.cancelReason"));
        reason.setId("event-cancel-reason");
        reason.setMaxLength(200);
        reason.setWidthFull();
        Confirm.ask(
                        dialog,
                        "calendar.event.cancelTitle",
                        getTranslation(
                                detail.status() == EventStatus.HELD
                                        ? "calendar.event.cancelHeldText"
                                        : "calendar.event.cancelText",
                                detail.title()),
                        "calendar.event.cancel",
                        () -> done(
                                () -> ui.planEvents.cancel(detail.id(), detail.version(), reason.getValue()),
                                "calendar.event.cancelDone"))
                .add(reason);
    }

    private void confirm() {
        done(() -> ui.planEvents.confirm(detail.id(), detail.version()), "calendar.event.confirmDone");
    }

    private void done(Runnable change, String successKey) {
        if (Notifier.attempt(dialog, change, successKey)) {
            dialog.close();
            onChanged.run();
        }
    }
}
