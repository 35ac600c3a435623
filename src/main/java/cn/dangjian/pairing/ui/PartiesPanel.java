package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.pairing.AllianceRow;
import cn.dangjian.pairing.AllianceService;
import cn.dangjian.pairing.ExternalUnit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;

/** An alliance's parties on its page: role, dates, contact (联络员); the office adds parties and records leaving. */
class PartiesPanel extends VerticalLayout {

    PartiesPanel(
            Long pairingId,
            AllianceService alliances,
            List<BranchRef> branches,
            List<ExternalUnit> units,
            LocalDate today,
            Runnable onChange) {
        setPadding(false);
        AllianceRow.Parties parties = alliances.parties(pairingId);
        Grid<AllianceRow.Party> grid = new Grid<>(AllianceRow.Party.class, false);
        grid.setId("alliance-parties");
        grid.setAllRowsVisible(true);
        grid.addColumn(AllianceRow.Party::name)
                .setHeader(getTranslation("alliance.party"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.branchId() != null ? "alliance.internal" : "alliance.external"))
                .setHeader(getTranslation("field.kind"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("enum.AllianceRole." + p.role()))
                .setHeader(getTranslation("field.role"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.joinedOn() + " ~ " + (p.leftOn() == null ? "" : p.leftOn()))
                .setHeader(getTranslation("alliance.membership"))
                .setAutoWidth(true);
        grid.addColumn(p -> (p.contactPerson() == null ? "—" : p.contactPerson())
                        + (p.contactPhone() == null ? "" : " " + p.contactPhone()))
                .setHeader(getTranslation("alliance.liaison"))
                .setAutoWidth(true);
        if (parties.canManage()) {
            grid.addComponentColumn(p -> {
                        if (!p.current() || p.leftOn() != null) {
                            return new Span();
                        }
                        Button leave = new Button(
                                getTranslation("alliance.leave"),
                                e -> leaveDialog(alliances, p, today, onChange).open());
                        leave.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                        return leave;
                    })
                    .setAutoWidth(true);
            Button add = new Button(
                    getTranslation("alliance.addParty"),
                    VaadinIcon.PLUS.create(),
                    e -> new PartyDialog(alliances, pairingId, branches, units, today, onChange).open());
            add.setId("alliance-add-party");
            add(add);
        }
        grid.setItems(parties.parties());
        add(grid);
    }

    private Dialog leaveDialog(AllianceService alliances, AllianceRow.Party p, LocalDate today, Runnable onChange) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("alliance.leave") + " · " + p.name());
        DatePicker on = DatePickers.localized(new DatePicker(getTranslation("alliance.leftOn"), today));
        on.setId("alliance-left-on");
        d.add(on);
        Button ok = Buttons.whileWorking(new Button(getTranslation("action.confirm")), e -> {
            if (Notifier.attempt(d, () -> alliances.leave(p.id(), on.getValue()), "alliance.saved")) {
                d.close();
                onChange.run();
            }
        });
        ok.setId("alliance-leave-confirm");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        return d;
    }
}
