package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.PlanResult;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.security.AppUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * 生成年度计划: asks for the year (and, for the administrator, one branch or all), then generates and
 * reports how many events were added and how many duty periods were already planned.
 */
class PlanDialog extends Dialog {

    private final Select<Integer> year = new Select<>();
    private final ComboBox<BranchRef> branch = new ComboBox<>();

    private PlanDialog(CalendarUi ui, Runnable onDone) {
        AppUser user = ui.user();
        setHeaderTitle(getTranslation("calendar.plan.title"));
        int thisYear = ui.today().getYear();
        year.setLabel(getTranslation("calendar.plan.year.label"));
        year.setItems(List.of(thisYear, thisYear + 1, thisYear + 2));
        year.setValue(thisYear + 1);
        year.setId("plan-year");
        branch.setLabel(getTranslation("calendar.plan.branch"));
        branch.setPlaceholder(getTranslation("calendar.filter.allBranches"));
        branch.setItems(ui.editableBranches());
        branch.setItemLabelGenerator(b -> b.code() + " " + b.name());
        branch.setClearButtonVisible(true);
        branch.setVisible(user.isAdmin());
        branch.setId("plan-branch");
        add(new Paragraph(getTranslation("calendar.plan.text")), year, branch);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button generate = Buttons.whileWorking(new Button(getTranslation("calendar.plan.generate")), e -> {
            Long branchId = user.isAdmin()
                    ? (branch.getValue() == null ? null : branch.getValue().id())
                    : user.branchId();
            try {
                PlanResult r = ui.plans.generate(year.getValue(), branchId);
                close();
                Notifier.success(this, "calendar.plan.done", r.created(), r.existing());
                onDone.run();
            } catch (RuntimeException ex) {
                Notifier.error(this, ex);
            }
        });
        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.setId("plan-generate");
        getFooter().add(cancel, generate);
    }

    static void open(CalendarUi ui, Runnable onDone) {
        new PlanDialog(ui, onDone).open();
    }
}
