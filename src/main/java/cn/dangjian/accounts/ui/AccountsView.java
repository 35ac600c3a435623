package cn.dangjian.accounts.ui;

import cn.dangjian.accounts.AccountRow;
import cn.dangjian.accounts.AccountService;
import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.MemberFilter;
import cn.dangjian.organization.MemberRow;
import cn.dangjian.organization.MemberService;
import cn.dangjian.security.PasswordPolicy;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.Sort;

/** Logins: who may sign in, with which role, linked to which member. */
@Route("accounts")
@Menu(title = "nav.accounts", order = 91, icon = "KEY")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final MemberService members;
    private final Grid<AccountRow> grid = new Grid<>(AccountRow.class, false);
    private final TextField text = new TextField();

    AccountsView(AccountService accounts, MemberService members) {
        this.accounts = accounts;
        this.members = members;
        addClassName("view");
        setSizeFull();
        grid.setId("account-grid");
        grid.addColumn(AccountRow::username)
                .setHeader(getTranslation("account.username"))
                .setAutoWidth(true);
        grid.addColumn(AccountRow::displayName)
                .setHeader(getTranslation("account.displayName"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.role()))
                .setHeader(getTranslation("account.role"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.branchName() == null ? "—" : a.branchName())
                .setHeader(getTranslation("member.branch"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> a.enabled()
                        ? Badges.ok(getTranslation("account.enabled"))
                        : Badges.error(getTranslation("account.disabled")))
                .setHeader(getTranslation("account.state"));
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("account.empty"));
        grid.setSizeFull();
        text.setPlaceholder(getTranslation("account.filter"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("account.add"), VaadinIcon.PLUS.create(), e -> create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Button bulk = new Button(
                getTranslation("account.bulk.nav"),
                VaadinIcon.USERS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(BulkAccountsView.class)));
        HorizontalLayout toolbar = new HorizontalLayout(text, add, bulk, GridExport.of(grid, "accounts"));
        toolbar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("nav.accounts")), toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(q -> accounts.search(text.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) accounts.count(text.getValue()));
    }

    private HorizontalLayout actions(AccountRow a) {
        Button toggle = Buttons.whileWorking(
                new Button(getTranslation(a.enabled() ? "account.disable" : "account.enable")), e -> {
                    Runnable change = () -> {
                        if (Notifier.attempt(
                                this,
                                () -> accounts.setEnabled(a.id(), a.version(), !a.enabled()),
                                "account.saved",
                                a.username())) {
                            refresh();
                        }
                    };
                    if (a.enabled()) {
                        Confirm.ask(
                                this,
                                "account.disable",
                                getTranslation("account.disableText", a.username()),
                                "account.disable",
                                change);
                    } else {
                        change.run();
                    }
                });
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        Button reset = new Button(getTranslation("account.resetPassword"), e -> resetPassword(a));
        reset.addThemeVariants(ButtonVariant.TERTIARY);
        Button role = new Button(getTranslation("account.changeRole"), e -> changeRole(a));
        role.addThemeVariants(ButtonVariant.TERTIARY);
        return new HorizontalLayout(toggle, reset, role);
    }

    private void changeRole(AccountRow a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.changeRole") + " · " + a.username());
        Select<String> role = new Select<>();
        role.setLabel(getTranslation("account.role"));
        role.setItems(List.of(Roles.MEMBER, Roles.SECRETARY, Roles.LEADER, Roles.ADMIN));
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        role.setValue(a.role());
        dialog.add(role);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notifier.attempt(
                    this,
                    () -> accounts.changeRole(a.id(), a.version(), role.getValue()),
                    "account.roleChanged",
                    a.username())) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void resetPassword(AccountRow a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.resetPassword") + " · " + a.username());
        PasswordField password = new PasswordField(getTranslation("account.newPassword"));
        password.setHelperText(getTranslation("account.passwordHint", PasswordPolicy.MIN_LENGTH));
        dialog.add(password);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            if (Notifier.attempt(
                    this, () -> accounts.resetPassword(a.id(), password.getValue()), "account.saved", a.username())) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.add"));
        TextField username = new TextField(getTranslation("account.username"));
        Select<String> role = new Select<>();
        role.setLabel(getTranslation("account.role"));
        role.setItems(List.of(Roles.MEMBER, Roles.SECRETARY, Roles.LEADER, Roles.ADMIN));
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        role.setValue(Roles.MEMBER);
        ComboBox<MemberRow> member = new ComboBox<>(getTranslation("account.member"));
        member.setItems(q -> members
                .search(
                        new MemberFilter(null, null, null, q.getFilter().orElse("")),
                        q.getOffset(),
                        q.getLimit(),
                        Sort.by("name"))
                .stream());
        member.setItemLabelGenerator(m -> m.name() + " · " + m.staffNumber() + " · " + m.branch());
        TextField displayName = new TextField(getTranslation("account.displayName"));
        member.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                displayName.setValue(e.getValue().name());
                if (username.isEmpty()) {
                    username.setValue(e.getValue().staffNumber());
                }
            }
        });
        PasswordField password = new PasswordField(getTranslation("account.newPassword"));
        password.setHelperText(getTranslation("account.passwordHint", PasswordPolicy.MIN_LENGTH));
        FormLayout form = new FormLayout(role, member, username, displayName, password);
        dialog.add(form);
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            MemberRow m = member.getValue();
            if (Notifier.attempt(
                    this,
                    () -> accounts.create(
                            username.getValue(),
                            password.getValue(),
                            role.getValue(),
                            displayName.getValue().isBlank() ? username.getValue() : displayName.getValue(),
                            m == null ? null : m.id(),
                            m == null ? null : m.branchId()),
                    "account.saved",
                    username.getValue())) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts");
    }
}
