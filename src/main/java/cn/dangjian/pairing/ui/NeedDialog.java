package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.pairing.lists.NeedInput;
import cn.dangjian.pairing.lists.NeedKind;
import cn.dangjian.pairing.lists.NeedService;
import cn.dangjian.security.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Raising a need: a secretary for their branch, the office for any branch or on behalf of an external unit.
 * "Addressed to" offers the pairings and alliances the requester is a live party to; empty means the open list.
 */
class NeedDialog extends Dialog {

    private final NeedService needs;
    private final Select<Long> addressed = new Select<>();
    private Map<Long, String> options = Map.of();

    NeedDialog(NeedService needs, List<BranchRef> branches, AppUser user, LocalDate today, Runnable onSaved) {
        this.needs = needs;
        setHeaderTitle(getTranslation("need.raise"));
        setWidth("min(680px, 100vw)");
        TextField title = new TextField(getTranslation("field.title"));
        title.setId("need-title");
        title.setRequiredIndicatorVisible(true);
        Select<NeedKind> kind = new Select<>();
        kind.setId("need-kind");
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(NeedKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("enum.NeedKind." + k));
        kind.setValue(NeedKind.BUSINESS_LINKAGE);
        ComboBox<BranchRef> branch = new ComboBox<>(getTranslation("need.requester"));
        branch.setId("need-branch");
        branch.setItems(
                user.isAdmin()
                        ? branches
                        : branches.stream()
                                .filter(b -> b.id().equals(user.branchId()))
                                .toList());
        branch.setItemLabelGenerator(b -> b.code() + " " + b.name());
        branch.setReadOnly(!user.isAdmin());
        ComboBox<Map.Entry<Long, String>> unit = new ComboBox<>(getTranslation("need.forUnit"));
        unit.setId("need-unit");
        unit.setVisible(user.isAdmin());
        unit.setItemLabelGenerator(Map.Entry::getValue);
        if (user.isAdmin()) {
            unit.setItems(List.copyOf(needs.units().entrySet()));
        }
        addressed.setId("need-addressed");
        addressed.setLabel(getTranslation("need.addressedTo"));
        addressed.setEmptySelectionAllowed(true);
        addressed.setEmptySelectionCaption(getTranslation("need.openList"));
        addressed.setItemLabelGenerator(id -> id == null ? getTranslation("need.openList") : options.get(id));
        branch.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                unit.clear();
            }
            loadOptions(e.getValue() == null ? null : e.getValue().id(), null);
        });
        unit.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                branch.clear();
                loadOptions(null, e.getValue().getKey());
            }
        });
        branches.stream()
                .filter(b -> b.id().equals(user.branchId()))
                .findFirst()
                .ifPresent(branch::setValue);
        DatePicker wantedBy =
                DatePickers.localized(new DatePicker(getTranslation("field.wantedBy"), today.plusDays(30)));
        wantedBy.setId("need-wanted-by");
        wantedBy.setMin(today);
        TextArea description = new TextArea(getTranslation("field.description"));
        description.setId("need-description");
        description.setMaxLength(2000);
        FormLayout form = new FormLayout(title, kind, branch, unit, addressed, wantedBy, description);
        form.setColspan(description, 2);
        add(form);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            if (Notifier.attempt(
                    this,
                    () -> needs.raise(new NeedInput(
                            title.getValue(),
                            kind.getValue(),
                            description.getValue(),
                            wantedBy.getValue(),
                            branch.getValue() == null ? null : branch.getValue().id(),
                            unit.getValue() == null ? null : unit.getValue().getKey(),
                            addressed.getValue())),
                    "need.raised")) {
                close();
                onSaved.run();
            }
        });
        save.setId("need-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void loadOptions(@Nullable Long branchId, @Nullable Long unitId) {
        options = branchId == null && unitId == null ? Map.of() : needs.addressOptions(branchId, unitId);
        addressed.setItems(List.copyOf(options.keySet()));
        addressed.clear();
    }
}
