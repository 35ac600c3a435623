package cn.dangjian.security.ui;

import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.OwnPasswordService;
import cn.dangjian.security.PasswordPolicy;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Every user's own password; the only view open to a user who must replace an administrator's password. */
@Route(ChangePasswordView.ROUTE)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "account/password";

    ChangePasswordView(OwnPasswordService passwords, CurrentUser currentUser) {
        addClassName("view");
        setMaxWidth("40rem");
        add(new ViewHeader(getTranslation("account.changePassword")));
        if (currentUser.mustChangePassword()) {
            Paragraph must = new Paragraph(getTranslation("account.mustChangeText"));
            must.setId("must-change-text");
            add(must);
        }
        PasswordField current = new PasswordField(getTranslation("account.currentPassword"));
        current.setId("current-password");
        PasswordField next = new PasswordField(getTranslation("account.newPassword"));
        next.setId("new-password");
        next.setHelperText(getTranslation("account.passwordHint", PasswordPolicy.MIN_LENGTH));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        PasswordField repeat = new PasswordField(getTranslation("account.repeatPassword"));
        repeat.setId("repeat-password");
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button save = new Button(getTranslation("account.changePassword"));
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            boolean done = Notifier.attempt(
                    this,
                    () -> passwords.change(current.getValue(), next.getValue(), repeat.getValue()),
                    "account.passwordChanged");
            save.setEnabled(true);
            if (done) {
                current.clear();
                next.clear();
                repeat.clear();
                UI.getCurrent().navigate("");
            }
        });
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.changePassword");
    }
}
