package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.ReviewFigures;
import cn.dangjian.pairing.ReviewInput;
import cn.dangjian.pairing.ReviewOutcome;
import cn.dangjian.pairing.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** The review form, prefilled from the records of the period; the figures may be corrected before saving. */
class ReviewDialog extends Dialog {

    ReviewDialog(Long pairingId, ReviewService reviews, ReviewFigures prefilled, Runnable onSaved) {
        setHeaderTitle(getTranslation("review.add"));
        setWidth("min(720px, 100vw)");
        add(new Paragraph(getTranslation("review.period", prefilled.periodStart(), prefilled.periodEnd())));
        IntegerField goalsMet = number("review-goals-met", "review.goalsMet", prefilled.goalsMet());
        IntegerField goalsTotal = number("review-goals-total", "review.goalsTotal", prefilled.goalsTotal());
        IntegerField events = number("review-events", "review.jointEvents", prefilled.jointEvents());
        IntegerField served = number("review-served", "review.peopleServed", prefilled.peopleServed());
        IntegerField closed = number("review-needs-closed", "review.needsClosed", prefilled.needsClosed());
        IntegerField rated = number("review-needs-rated", "review.needsRated", prefilled.needsRated());
        IntegerField satisfied = number("review-needs-satisfied", "review.needsSatisfied", prefilled.needsSatisfied());
        TextArea lead = new TextArea(getTranslation("field.leadComment"));
        lead.setId("review-lead-comment");
        lead.setMaxLength(1000);
        TextArea partners = new TextArea(getTranslation("field.partnerComments"));
        partners.setId("review-partner-comments");
        partners.setMaxLength(2000);
        RadioButtonGroup<ReviewOutcome> outcome = new RadioButtonGroup<>(getTranslation("field.outcome"));
        outcome.setId("review-outcome");
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("enum.ReviewOutcome." + o));
        outcome.setValue(ReviewOutcome.RENEW);
        FormLayout form = new FormLayout(goalsMet, goalsTotal, events, served, closed, rated, satisfied);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("500px", 4));
        lead.setWidthFull();
        partners.setWidthFull();
        add(form, lead, partners, outcome);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            ReviewFigures f = new ReviewFigures(
                    prefilled.periodStart(),
                    prefilled.periodEnd(),
                    value(goalsTotal),
                    value(goalsMet),
                    value(events),
                    value(served),
                    value(closed),
                    value(rated),
                    value(satisfied));
            if (Notifier.attempt(
                    this,
                    () -> reviews.record(
                            pairingId, new ReviewInput(f, lead.getValue(), partners.getValue(), outcome.getValue())),
                    "review.saved")) {
                close();
                onSaved.run();
            }
        });
        save.setId("review-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private IntegerField number(String id, String key, int value) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setId(id);
        f.setMin(0);
        f.setValue(value);
        return f;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
