package cn.dangjian.accounts.ui;

import cn.dangjian.accounts.AccountSheet;
import cn.dangjian.accounts.BulkAccountService;
import cn.dangjian.accounts.IssuedAccount;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.BranchService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Going live: logins for every member who has none, in one step, and the sheet of one-time passwords to
 * hand out. Administrators choose a branch or the whole hospital; a secretary works on their own branch.
 * The passwords exist only in this view until it is left: the sheet is offered once.
 */
@Route(BulkAccountsView.ROUTE)
@Menu(title = "account.bulk.nav", order = 92, icon = "USERS")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
public class BulkAccountsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "accounts/bulk";

    private final BulkAccountService service;
    private final AppUser user;
    private final SecurityContext securityContext = SecurityContextHolder.getContext();
    private final ComboBox<BranchRef> branch = new ComboBox<>();
    private final Span missing = new Span();
    private final Button create = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final VerticalLayout result = new VerticalLayout();
    private Executor worker = task -> Thread.ofVirtual().name("bulk-accounts").start(task);

    BulkAccountsView(BulkAccountService service, BranchService branches, CurrentUser currentUser) {
        this.service = service;
        this.user = currentUser.require();
        addClassName("view");
        List<BranchRef> refs = branches.refs().stream()
                .filter(b -> user.isAdmin() || b.id().equals(user.branchId()))
                .toList();
        branch.setId("bulk-branch");
        branch.setLabel(getTranslation("member.branch"));
        branch.setItems(refs);
        branch.setItemLabelGenerator(BranchRef::name);
        branch.setClearButtonVisible(user.isAdmin());
        branch.setPlaceholder(getTranslation("account.bulk.wholeHospital"));
        branch.setReadOnly(!user.isAdmin());
        branch.setWidth("22em");
        if (!user.isAdmin()) {
            refs.stream().findFirst().ifPresent(branch::setValue);
        }
        branch.addValueChangeListener(e -> refresh());
        missing.setId("bulk-missing");
        create.setText(getTranslation("account.bulk.create"));
        create.setIcon(VaadinIcon.KEY.create());
        create.setId("bulk-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> ask());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("16em");
        result.setPadding(false);
        HorizontalLayout toolbar = new HorizontalLayout(branch, create);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        add(
                new ViewHeader(getTranslation("account.bulk.nav")),
                new Paragraph(getTranslation("account.bulk.intro")),
                toolbar,
                missing,
                progress,
                result);
        refresh();
    }

    /** {@code ?branch=<id>} preselects a branch (the member import links here). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("branch")
                .ifPresent(id -> branch.getListDataView()
                        .getItems()
                        .filter(b -> b.id().toString().equals(id))
                        .findFirst()
                        .ifPresent(branch::setValue));
    }

    private @Nullable Long branchId() {
        return branch.getValue() == null ? null : branch.getValue().id();
    }

    private void refresh() {
        long count = service.countWithoutAccount(branchId());
        missing.setText(getTranslation("account.bulk.missing", count));
        create.setEnabled(count > 0);
    }

    private void ask() {
        long count = service.countWithoutAccount(branchId());
        String scope = branch.getValue() == null
                ? getTranslation("account.bulk.wholeHospital")
                : branch.getValue().name();
        Confirm.ask(
                this,
                "account.bulk.create",
                getTranslation("account.bulk.confirm", count, scope),
                "account.bulk.create",
                this::run);
    }

    private void run() {
        UI ui = UI.getCurrent();
        Long branchId = branchId();
        create.setEnabled(false);
        branch.setEnabled(false);
        progress.setVisible(true);
        result.removeAll();
        Runnable task = () -> {
            try {
                List<IssuedAccount> issued = service.createMissing(branchId);
                inUi(ui, () -> done(issued));
            } catch (RuntimeException e) {
                inUi(ui, () -> {
                    finished();
                    Notifier.error(this, e);
                });
            }
        };
        worker.execute(new DelegatingSecurityContextRunnable(task, securityContext));
    }

    /** Runs now when this thread already holds the session (a test's direct worker), else through push. */
    private static void inUi(UI ui, Command command) {
        if (ui.getSession().hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }

    void done(List<IssuedAccount> issued) {
        finished();
        Paragraph summary = new Paragraph(getTranslation("account.bulk.done", issued.size()));
        summary.setId("bulk-done");
        result.add(summary);
        if (issued.isEmpty()) {
            return;
        }
        byte[] sheet = AccountSheet.write(issued, this::getTranslation);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(e -> new DownloadResponse(
                        new ByteArrayInputStream(sheet), "accounts.xlsx", AccountSheet.CONTENT_TYPE, sheet.length)),
                AttachmentType.DOWNLOAD,
                getTranslation("account.bulk.download"));
        download.setId("bulk-download");
        result.add(download, new Paragraph(getTranslation("account.bulk.handOut")));
    }

    private void finished() {
        progress.setVisible(false);
        branch.setEnabled(true);
        refresh();
    }

    /** The offer shown after a member import: give the new members their logins right away. */
    public static Button offer() {
        Button offer = new Button();
        offer.setText(offer.getTranslation("account.bulk.offer"));
        offer.setIcon(VaadinIcon.KEY.create());
        offer.setId("bulk-offer");
        offer.addClickListener(e -> offer.getUI().ifPresent(ui -> ui.navigate(BulkAccountsView.class)));
        return offer;
    }

    /** Tests run the work on their own thread to see its outcome at once. */
    void setWorker(Executor worker) {
        this.worker = worker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.bulk.nav");
    }
}
