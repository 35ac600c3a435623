package cn.dangjian.organization.ui;

import cn.dangjian.common.contracts.MemberImportFollowUp;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.Uploads;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.ImportPreview;
import cn.dangjian.organization.ImportProgress;
import cn.dangjian.organization.MemberImportService;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Upload, check, confirm. Checking and importing a large file take seconds, so they run on a worker
 * thread (carrying the user's security context) and report progress through push.
 */
@Route("members/import")
@Menu(title = "import.nav", order = 15, icon = "UPLOAD")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
class MemberImportView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MemberImportService service;
    private final ObjectProvider<MemberImportFollowUp> followUps;
    private final SecurityContext securityContext = SecurityContextHolder.getContext();
    private final Upload upload = new Upload();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span fileName = new Span();
    private final Span summary = new Span();
    private final Checkbox onlyErrors = new Checkbox();
    private final Button confirm = new Button();
    private final ImportPreviewGrid grid = new ImportPreviewGrid();
    private byte @Nullable [] file;
    private @Nullable ImportPreview preview;
    private Executor worker = task -> Thread.ofVirtual().name("member-import").start(task);

    MemberImportView(
            MemberImportService service, CurrentUser currentUser, ObjectProvider<MemberImportFollowUp> followUps) {
        this.service = service;
        this.followUps = followUps;
        addClassName("view");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        if (currentUser.require().isSecretary()) {
            intro.add(" " + getTranslation("import.intro.secretary"));
        }
        Anchor template = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = service.template();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "member-import-template.xlsx", XLSX, bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("import.template"));
        template.setId("import-template");

        Uploads.limited(upload, MemberImportService.MAX_FILE_BYTES, 1, this::onUpload, XLSX, ".xlsx");
        upload.setUploadButton(new Button(getTranslation("import.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.setId("import-upload");

        progress.setVisible(false);
        progress.setWidth("16em");
        onlyErrors.setLabel(getTranslation("import.onlyErrors"));
        onlyErrors.addValueChangeListener(e -> grid.setOnlyErrors(e.getValue()));
        confirm.setText(getTranslation("import.confirm"));
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setEnabled(false);
        confirm.setId("import-confirm");
        confirm.addClickListener(e -> askToImport());

        HorizontalLayout status = new HorizontalLayout(progress, progressText, fileName, summary, onlyErrors, confirm);
        status.addClassName("toolbar");
        status.setWidthFull();
        grid.setSizeFull();
        fileName.addClassName("import-file");
        add(new ViewHeader(getTranslation("import.nav")), intro, template, upload, status, grid);
    }

    private void onUpload(String fileName, byte[] bytes) {
        UI ui = getUI().orElseThrow();
        inUi(ui, () -> {
            // One file at a time: clearing the list lets the user upload a corrected file straight away.
            upload.clearFileList();
            this.fileName.setText(fileName);
            file = bytes;
            preview = null;
            grid.clear();
            confirm.setEnabled(false);
            summary.setText("");
            runInBackground(ui, "import.checking", p -> service.preview(bytes, p), this::showPreview);
        });
    }

    /** Shows a checked file and allows the import only when every row passed. */
    void showPreview(ImportPreview checked) {
        preview = checked;
        grid.show(checked);
        long errors = checked.errorRows();
        summary.setText(
                errors == 0
                        ? getTranslation("import.summary.ok", checked.rows().size())
                        : getTranslation("import.summary", checked.rows().size(), errors));
        summary.setClassName("import-summary-error", errors > 0);
        onlyErrors.setVisible(errors > 0);
        confirm.setEnabled(checked.importable());
    }

    private void askToImport() {
        byte[] bytes = file;
        ImportPreview checked = preview;
        if (bytes == null || checked == null || !checked.importable()) {
            return;
        }
        Confirm.ask(
                this,
                "import.confirm.title",
                getTranslation("import.confirm.text", checked.rows().size()),
                "import.confirm",
                () -> {
                    UI ui = getUI().orElseThrow();
                    confirm.setEnabled(false);
                    upload.setEnabled(false);
                    runInBackground(ui, "import.importing", p -> service.importMembers(bytes, p), count -> {
                        Notifier.success(this, "import.done", count);
                        if (count > 0) {
                            followUps
                                    .orderedStream()
                                    .forEach(f -> add(f.offer())); // going live: e.g. logins for the new members
                        }
                        file = null;
                        preview = null;
                        grid.clear();
                        summary.setText("");
                        fileName.setText("");
                    });
                });
    }

    private <T> void runInBackground(UI ui, String labelKey, Function<ImportProgress, T> work, Consumer<T> onDone) {
        progress.setIndeterminate(true);
        progress.setVisible(true);
        progressText.setText(getTranslation(labelKey));
        ImportProgress report = (done, total) -> inUi(ui, () -> {
            progress.setIndeterminate(false);
            progress.setValue(total == 0 ? 0 : (double) done / total);
            progressText.setText(getTranslation(labelKey) + " " + getTranslation("import.progress", done, total));
        });
        Runnable task = () -> {
            try {
                T result = work.apply(report);
                inUi(ui, () -> {
                    finished();
                    onDone.accept(result);
                });
            } catch (RuntimeException e) {
                inUi(ui, () -> {
                    finished();
                    Notifier.error(this, e);
                    confirm.setEnabled(preview != null && preview.importable());
                });
            }
        };
        worker.execute(new DelegatingSecurityContextRunnable(task, securityContext));
    }

    /** Runs now when this thread already holds the session (an upload request may), else through push. */
    private static void inUi(UI ui, Command command) {
        if (ui.getSession().hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }

    /** Tests run the work on their own thread to see its outcome at once. */
    void setWorker(Executor worker) {
        this.worker = worker;
    }

    private void finished() {
        progress.setVisible(false);
        progressText.setText("");
        upload.setEnabled(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.nav");
    }
}
