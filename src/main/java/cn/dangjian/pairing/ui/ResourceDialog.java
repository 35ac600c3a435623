package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.pairing.lists.ResourceInput;
import cn.dangjian.pairing.lists.ResourceService;
import cn.dangjian.security.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Offering a resource: a secretary for their own branch, the office for any. */
class ResourceDialog extends Dialog {

    ResourceDialog(ResourceService resources, List<BranchRef> branches, AppUser user, Runnable onSaved) {
        setHeaderTitle(getTranslation("resource.offer"));
        setWidth("min(640px, 100vw)");
        ComboBox<BranchRef> branch = new ComboBox<>(getTranslation("field.branch"));
        branch.setId("resource-branch");
        branch.setItems(
                user.isAdmin()
                        ? branches
                        : branches.stream()
                                .filter(b -> b.id().equals(user.branchId()))
                                .toList());
        branch.setItemLabelGenerator(b -> b.code() + " " + b.name());
        branches.stream()
                .filter(b -> b.id().equals(user.branchId()))
                .findFirst()
                .ifPresent(branch::setValue);
        branch.setReadOnly(!user.isAdmin());
        TextField title = new TextField(getTranslation("field.title"));
        title.setId("resource-title");
        TextField capacity = new TextField(getTranslation("field.capacity"));
        capacity.setId("resource-capacity");
        TextField contact = new TextField(getTranslation("field.contact"));
        contact.setId("resource-contact");
        TextArea description = new TextArea(getTranslation("field.description"));
        description.setId("resource-description");
        FormLayout form = new FormLayout(branch, title, capacity, contact, description);
        form.setColspan(description, 2);
        add(form);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            if (Notifier.attempt(
                    this,
                    () -> resources.offer(new ResourceInput(
                            branch.getValue() == null ? null : branch.getValue().id(),
                            title.getValue(),
                            description.getValue(),
                            capacity.getValue(),
                            contact.getValue())),
                    "resource.offered")) {
                close();
                onSaved.run();
            }
        });
        save.setId("resource-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
