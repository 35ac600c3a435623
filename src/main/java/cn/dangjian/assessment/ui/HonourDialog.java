package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.AwardKind;
import cn.dangjian.assessment.HonourInput;
import cn.dangjian.assessment.HonourService;
import cn.dangjian.assessment.ResultRow;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.points.MemberScore;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/**
 * Records an honour. Members are proposed from the points evaluation's shortlist, branches from the campaign's
 * results (best first); 最佳党日活动 names the held event by its number (shown in the calendar).
 */
class HonourDialog extends Dialog {

    HonourDialog(HonourService service, int year, List<ResultRow> results, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation("assessment.honour.add"));
        Select<AwardKind> award = new Select<>();
        award.setId("honour-award");
        award.setLabel(getTranslation("assessment.col.award"));
        award.setItems(AwardKind.values());
        award.setItemLabelGenerator(a -> getTranslation("enum.AwardKind." + a));
        award.setValue(AwardKind.ADVANCED_BRANCH);
        List<MemberScore> proposals = service.memberProposals(year);
        ComboBox<MemberScore> member = new ComboBox<>(getTranslation("assessment.honour.member"));
        member.setItems(proposals);
        member.setItemLabelGenerator(m -> m.name() + " · " + m.branchName() + " · " + m.score());
        ComboBox<ResultRow> branch = new ComboBox<>(getTranslation("assessment.col.branch"));
        branch.setId("honour-branch");
        branch.setItems(results);
        branch.setItemLabelGenerator(
                r -> r.branchName() + " · " + ScoreDialog.format(r.grade().total()));
        IntegerField event = new IntegerField(getTranslation("assessment.honour.event"));
        DatePicker decided = DatePickers.localized(new DatePicker(getTranslation("assessment.col.decidedOn")));
        decided.setValue(today);
        TextField citation = new TextField(getTranslation("assessment.col.citation"));
        citation.setMaxLength(300);
        Runnable sync = () -> {
            member.setVisible(award.getValue().forMember());
            branch.setVisible(!award.getValue().forMember());
            event.setVisible(award.getValue() == AwardKind.BEST_PARTY_DAY);
        };
        award.addValueChangeListener(e -> sync.run());
        sync.run();
        add(new FormLayout(award, member, branch, event, decided, citation));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            AwardKind a = award.getValue();
            HonourInput in = new HonourInput(
                    year,
                    a,
                    a.forMember() && member.getValue() != null
                            ? member.getValue().memberId()
                            : null,
                    !a.forMember() && branch.getValue() != null
                            ? branch.getValue().grade().branchId()
                            : null,
                    event.getValue() == null ? null : event.getValue().longValue(),
                    decided.getValue() == null ? today : decided.getValue(),
                    citation.getValue().isBlank() ? null : citation.getValue());
            if (Notifier.attempt(this, () -> service.add(in), "assessment.honour.saved")) {
                close();
                onSaved.run();
            }
        });
        save.setId("honour-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, save);
    }
}
