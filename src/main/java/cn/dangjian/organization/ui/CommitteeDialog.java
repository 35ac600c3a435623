package cn.dangjian.organization.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.BranchInput;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.CommitteeRole;
import cn.dangjian.organization.CommitteeSeat;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.MemberService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;

/** Edits the committee seats and the term in one go; the service checks roles and membership. */
class CommitteeDialog extends Dialog {

    CommitteeDialog(
            BranchService branches,
            MemberService members,
            Long branchId,
            List<CommitteeSeat> current,
            Runnable onSaved) {
        BranchInput branch = branches.form(branchId);
        setHeaderTitle(getTranslation("committee.edit") + " · " + branch.name());
        setWidth("min(640px, 100vw)");
        List<CommitteeSeat> seats = new ArrayList<>(current);
        List<MemberRef> candidates = members.refsOfBranch(branchId);

        Grid<CommitteeSeat> grid = new Grid<>(CommitteeSeat.class, false);
        grid.addColumn(c -> getTranslation("enum.CommitteeRole." + c.role()))
                .setHeader(getTranslation("committee.role"));
        grid.addColumn(CommitteeSeat::memberName).setHeader(getTranslation("member.name"));
        grid.addComponentColumn(c -> {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                seats.remove(c);
                grid.setItems(seats);
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            return remove;
        });
        grid.setItems(seats);
        grid.setAllRowsVisible(true);

        ComboBox<MemberRef> member = new ComboBox<>(getTranslation("member.name"), candidates);
        Select<CommitteeRole> role = new Select<>();
        role.setLabel(getTranslation("committee.role"));
        role.setItems(CommitteeRole.values());
        role.setItemLabelGenerator(r -> getTranslation("enum.CommitteeRole." + r));
        Button add = new Button(getTranslation("action.add"), VaadinIcon.PLUS.create(), e -> {
            if (member.getValue() != null && role.getValue() != null) {
                seats.add(new CommitteeSeat(
                        member.getValue().id(), member.getValue().name(), role.getValue(), false, false));
                grid.setItems(seats);
                member.clear();
            }
        });
        HorizontalLayout addRow = new HorizontalLayout(member, role, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        DatePicker start =
                DatePickers.localized(new DatePicker(getTranslation("branch.termStart"), branch.termStart()));
        DatePicker end = DatePickers.localized(new DatePicker(getTranslation("branch.termEnd"), branch.termEnd()));
        add(grid, addRow, new HorizontalLayout(start, end));

        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            if (Notifier.attempt(
                    this,
                    () -> branches.saveCommittee(branchId, branch.version(), seats, start.getValue(), end.getValue()),
                    "committee.saved")) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("committee-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
