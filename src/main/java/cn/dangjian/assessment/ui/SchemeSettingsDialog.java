package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.GradeSettings;
import cn.dangjian.assessment.Scheme;
import cn.dangjian.assessment.SchemeService;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/** The grade settings of a scheme: bands, stars, the 五星 quota, 标杆 candidates, 公示 days, visibility. */
class SchemeSettingsDialog extends Dialog {

    SchemeSettingsDialog(SchemeService service, Scheme scheme, Runnable onSaved) {
        GradeSettings s = scheme.settings();
        setHeaderTitle(getTranslation("assessment.settings.title"));
        IntegerField excellent = number("enum.GradeBand.EXCELLENT", s.excellentMin());
        IntegerField good = number("enum.GradeBand.GOOD", s.goodMin());
        IntegerField pass = number("enum.GradeBand.FAIR", s.passMin());
        IntegerField five = number("assessment.settings.fiveStars", s.fiveStarMin());
        IntegerField four = number("assessment.settings.fourStars", s.fourStarMin());
        IntegerField three = number("assessment.settings.threeStars", s.threeStarMin());
        IntegerField two = number("assessment.settings.twoStars", s.twoStarMin());
        IntegerField quota = number("assessment.settings.quota", s.fiveStarQuotaPct());
        IntegerField topN = number("assessment.settings.topN", s.benchmarkTopN());
        IntegerField minScore = number("assessment.settings.minScore", s.benchmarkMinScore());
        IntegerField days = number("assessment.settings.publicityDays", s.publicityDays());
        days.setId("settings-publicity-days");
        Checkbox others = new Checkbox(getTranslation("assessment.settings.membersSeeOthers"), s.membersSeeOthers());
        add(new FormLayout(excellent, good, pass, five, four, three, two, quota, topN, minScore, days, others));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            GradeSettings out = new GradeSettings(
                    v(excellent),
                    v(good),
                    v(pass),
                    v(five),
                    v(four),
                    v(three),
                    v(two),
                    v(quota),
                    v(topN),
                    v(minScore),
                    v(days),
                    others.getValue());
            if (Notifier.attempt(
                    this,
                    () -> service.saveSettings(scheme.getId(), out, scheme.getVersion()),
                    "assessment.scheme.saved")) {
                close();
                onSaved.run();
            }
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, save);
    }

    private static int v(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }

    private IntegerField number(String key, int value) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setValue(value);
        return f;
    }
}
