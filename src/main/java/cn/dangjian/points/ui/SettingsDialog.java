package cn.dangjian.points.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.points.Approver;
import cn.dangjian.points.PointsRulesService;
import cn.dangjian.points.PointsSettings;
import cn.dangjian.points.Visibility;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/** The points settings: base, open year, band thresholds, study target, shortlist, leaderboard visibility. */
class SettingsDialog extends Dialog {

    SettingsDialog(PointsRulesService service, Runnable onSaved) {
        PointsSettings s = service.settings();
        setHeaderTitle(getTranslation("points.settings.title"));
        IntegerField base = number("points.settings.base", s.getBasePoints());
        base.setId("settings-base");
        IntegerField year = number("points.settings.openYear", s.getOpenYear());
        IntegerField excellent = number("enum.Band.EXCELLENT", s.getBandExcellent());
        IntegerField good = number("enum.Band.GOOD", s.getBandGood());
        IntegerField pass = number("enum.Band.PASS", s.getBandPass());
        IntegerField study = number("points.settings.studyTarget", s.getStudyHoursTarget());
        IntegerField topN = number("points.settings.topN", s.getShortlistTopN());
        IntegerField threshold = number("points.settings.threshold", s.getShortlistThreshold());
        Select<Visibility> members = visibility("points.settings.memberVisibility", s.getMemberVisibility());
        members.setId("settings-member-visibility");
        Select<Visibility> secretaries = visibility("points.settings.secretaryVisibility", s.getSecretaryVisibility());
        Select<Approver> approver = new Select<>();
        approver.setId("settings-approver");
        approver.setLabel(getTranslation("points.settings.approver"));
        approver.setItems(Approver.values());
        approver.setItemLabelGenerator(a -> getTranslation("enum.Approver." + a));
        approver.setValue(s.getApprover());
        IntegerField lateDays = number("points.settings.lateAttendanceDays", s.getLateAttendanceDays());
        lateDays.setId("settings-late-days");
        lateDays.setMin(0);
        lateDays.setHelperText(getTranslation("points.settings.lateAttendanceDaysHelp"));
        add(new FormLayout(
                base, year, excellent, good, pass, study, topN, threshold, members, secretaries, approver, lateDays));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            s.setBasePoints(v(base));
            s.setOpenYear(v(year));
            s.setBandExcellent(v(excellent));
            s.setBandGood(v(good));
            s.setBandPass(v(pass));
            s.setStudyHoursTarget(v(study));
            s.setShortlistTopN(v(topN));
            s.setShortlistThreshold(v(threshold));
            s.setMemberVisibility(members.getValue());
            s.setSecretaryVisibility(secretaries.getValue());
            s.setApprover(approver.getValue());
            s.setLateAttendanceDays(v(lateDays));
            if (Notifier.attempt(this, () -> service.saveSettings(s), "points.settings.saved")) {
                close();
                onSaved.run();
            }
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(cancel, save);
    }

    private static int v(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private IntegerField number(String key, int value) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setValue(value);
        return f;
    }

    private Select<Visibility> visibility(String key, Visibility value) {
        Select<Visibility> s = new Select<>();
        s.setLabel(getTranslation(key));
        s.setItems(Visibility.values());
        s.setItemLabelGenerator(v -> getTranslation("enum.Visibility." + v));
        s.setValue(value);
        return s;
    }
}
