package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.Measure;
import cn.dangjian.assessment.ScoreLine;
import cn.dangjian.assessment.SheetService;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.Uploads;
import cn.dangjian.pairing.AttachmentRules;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;

/**
 * One indicator: the branch scores a manual item with a justification (and may attach a document), or the office
 * reviews any item with a reason. Which one the caller decides from what the sheet allows.
 */
class ScoreDialog extends Dialog {

    ScoreDialog(SheetService service, ScoreLine line, boolean review, Runnable onSaved) {
        setHeaderTitle(line.indicator());
        setWidth("min(560px, 95vw)");
        add(new Paragraph(line.rule()));
        if (line.measure() == Measure.AUTOMATIC) {
            add(new Paragraph(
                    getTranslation("assessment.sheet.computed", format(line.auto()), Evidence.text(this, line))));
        }
        NumberField score = new NumberField(getTranslation("assessment.col.score"));
        score.setId("score-value");
        score.setMin(0);
        score.setMax(line.max());
        score.setStep(0.5);
        score.setHelperText(getTranslation("assessment.score.max", format(line.max())));
        TextArea text = new TextArea(getTranslation(review ? "assessment.col.reason" : "assessment.col.justification"));
        text.setId("score-text");
        text.setMaxLength(review ? 500 : 1000);
        text.setWidthFull();
        if (review) {
            score.setValue(line.review() != null ? line.review() : line.effective());
            text.setValue(line.reviewReason() == null ? "" : line.reviewReason());
        } else {
            score.setValue(line.self());
            text.setValue(line.justification() == null ? "" : line.justification());
        }
        FormLayout form = new FormLayout(score, text);
        form.setColspan(text, 2);
        add(form);
        long[] version = {line.version()};
        if (!review) {
            UI ui = UI.getCurrent();
            Upload upload = Uploads.limited(
                    new Upload(),
                    AttachmentRules.MAX_BYTES,
                    1,
                    (name, data) -> {
                        service.attach(line.scoreId(), version[0], name, data);
                        version[0]++;
                        Uploads.inUi(ui, () -> Notifier.success(this, "assessment.score.attached", name));
                    },
                    "application/pdf",
                    ".pdf",
                    "image/png",
                    ".png",
                    "image/jpeg",
                    ".jpg",
                    ".jpeg");
            upload.setId("score-attachment");
            add(new Span(getTranslation("assessment.score.attachment")), upload);
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            double value = score.getValue() == null ? Double.NaN : score.getValue();
            boolean ok = review
                    ? Notifier.attempt(
                            this,
                            () -> service.review(line.scoreId(), version[0], score.getValue(), text.getValue()),
                            "assessment.score.saved")
                    : Notifier.attempt(
                            this,
                            () -> service.selfAssess(line.scoreId(), version[0], value, text.getValue()),
                            "assessment.score.saved");
            if (ok) {
                close();
                onSaved.run();
            }
        });
        save.setId("score-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, save);
    }

    static String format(Double v) {
        if (v == null) {
            return "–";
        }
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v);
    }
}
