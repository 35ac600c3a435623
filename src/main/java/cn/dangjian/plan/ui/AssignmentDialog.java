package cn.dangjian.plan.ui;

import cn.dangjian.common.HospitalZone;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.Uploads;
import cn.dangjian.pairing.AttachmentRules;
import cn.dangjian.pairing.AttachmentUpload;
import cn.dangjian.plan.AssignmentDetail;
import cn.dangjian.plan.AssignmentService;
import cn.dangjian.plan.AssignmentState;
import cn.dangjian.plan.AssignmentStep;
import cn.dangjian.plan.EvidenceKind;
import cn.dangjian.plan.ReportInput;
import cn.dangjian.plan.TaskInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** One assignment: the task, its history, the evidence found; report, accept or send back where allowed. */
final class AssignmentDialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(HospitalZone.ZONE);

    private AssignmentDialog() {}

    static void open(
            Component ctx, AssignmentService service, Map<String, String> typeNames, long id, Runnable changed) {
        AssignmentDetail d = service.detail(id);
        TaskInput t = d.task();
        Dialog dialog = new Dialog();
        dialog.setId("assignment-dialog");
        dialog.setWidth("720px");
        dialog.setHeaderTitle(d.row().taskTitle() + " · "
                + (d.row().branchId() == null
                        ? ctx.getTranslation("plan.office")
                        : d.row().branchName()));
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(ctx.getTranslation("plan.state." + d.row().state()) + " · "
                + ctx.getTranslation("plan.task.due") + " " + t.dueDate()));
        if (t.description() != null) {
            body.add(new Paragraph(t.description()));
        }
        if (t.expectedResult() != null) {
            body.add(new Paragraph(ctx.getTranslation("plan.task.expected") + "：" + t.expectedResult()));
        }
        body.add(new Paragraph(evidenceText(ctx, t, typeNames)));
        if (t.evidenceKind() == EvidenceKind.EVENTS) {
            body.add(new H4(ctx.getTranslation(d.canReport() ? "plan.report.found" : "plan.report.linked")));
            UnorderedList events = new UnorderedList();
            events.setId("assignment-events");
            d.events().forEach(e -> events.add(new ListItem(e.heldDate() + " " + e.title())));
            body.add(d.events().isEmpty() ? new Paragraph(ctx.getTranslation("plan.report.noEvents")) : events);
        }
        if (d.reportText() != null || d.reportNumber() != null) {
            body.add(new H4(ctx.getTranslation("plan.report.title")));
            body.add(new Paragraph(Objects.requireNonNullElse(d.reportText(), "")
                    + (d.reportNumber() == null ? "" : " · " + d.reportNumber().toPlainString())));
        }
        d.files()
                .forEach(f -> body.add(new Div(new Anchor(
                        DownloadHandler.fromInputStream(e -> {
                            byte[] data = service.file(id, f.id());
                            return new DownloadResponse(
                                    new ByteArrayInputStream(data), f.name(), "application/octet-stream", data.length);
                        }),
                        f.name() + " (" + Math.max(1, f.sizeBytes() / 1024) + " KB)"))));
        body.add(new H4(ctx.getTranslation("plan.history")));
        UnorderedList history = new UnorderedList();
        history.setId("assignment-history");
        for (AssignmentStep s : d.steps()) {
            history.add(new ListItem(WHEN.format(s.getActedAt()) + " " + s.getActor() + " → "
                    + ctx.getTranslation("plan.state." + s.getTo())
                    + (s.getReason() == null ? "" : "：" + s.getReason())));
        }
        body.add(history);
        dialog.add(body);
        Runnable after = () -> {
            dialog.close();
            changed.run();
        };
        long version = d.row().version();
        if (d.canReport()) {
            // The report button sits in the footer, always in view however long the history grows.
            Button report = reportForm(ctx, service, d, body, after);
            dialog.getFooter().add(report);
            if (d.row().state() == AssignmentState.ISSUED || d.row().state() == AssignmentState.RETURNED) {
                Button start = Buttons.whileWorking(new Button(ctx.getTranslation("plan.action.start")), e -> {
                    if (Notifier.attempt(ctx, () -> service.start(id, version), "plan.saved")) {
                        after.run();
                    }
                });
                start.setId("assignment-start");
                dialog.getFooter().add(start);
            }
        }
        if (d.canReview()) {
            TextArea reason = new TextArea(ctx.getTranslation("plan.review.reason"));
            reason.setId("review-reason");
            reason.setMaxLength(500);
            reason.setWidthFull();
            body.add(reason);
            Button back = Buttons.whileWorking(new Button(ctx.getTranslation("plan.action.sendBack")), e -> {
                if (Notifier.attempt(ctx, () -> service.sendBack(id, version, reason.getValue()), "plan.saved")) {
                    after.run();
                }
            });
            back.addThemeVariants(ButtonVariant.ERROR);
            back.setId("assignment-send-back");
            Button accept = Buttons.whileWorking(new Button(ctx.getTranslation("plan.action.accept")), e -> {
                if (Notifier.attempt(ctx, () -> service.accept(id, version), "plan.saved")) {
                    after.run();
                }
            });
            accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
            accept.setId("assignment-accept");
            dialog.getFooter().add(back, accept);
        }
        Button close = new Button(ctx.getTranslation("action.close"), e -> dialog.close());
        close.addClickShortcut(Key.ESCAPE);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static Button reportForm(
            Component ctx, AssignmentService service, AssignmentDetail d, VerticalLayout form, Runnable after) {
        form.add(new H4(ctx.getTranslation("plan.report.new")));
        TextArea text = new TextArea(ctx.getTranslation("plan.report.text"));
        text.setId("report-text");
        text.setMaxLength(1000);
        text.setWidthFull();
        text.setValue(Objects.requireNonNullElse(d.reportText(), ""));
        BigDecimalField number = new BigDecimalField(ctx.getTranslation("plan.report.number"));
        number.setId("report-number");
        number.setVisible(d.task().evidenceKind() == EvidenceKind.NUMBER);
        List<AttachmentUpload> pending = new CopyOnWriteArrayList<>();
        Upload upload = Uploads.limited(
                new Upload(),
                AttachmentRules.MAX_BYTES,
                3,
                (name, bytes) -> {
                    AttachmentUpload candidate = new AttachmentUpload(name, bytes);
                    AttachmentRules.check(candidate);
                    pending.add(candidate);
                },
                "application/pdf",
                ".pdf",
                "image/png",
                ".png",
                "image/jpeg",
                ".jpg",
                ".jpeg");
        upload.setId("report-upload");
        upload.addFileRemovedListener(e -> pending.removeIf(p -> p.fileName().equals(e.getFileName())));
        Button report = Buttons.whileWorking(new Button(ctx.getTranslation("plan.action.report")), e -> {
            ReportInput in =
                    new ReportInput(d.row().version(), text.getValue(), number.getValue(), List.copyOf(pending));
            if (Notifier.attempt(ctx, () -> service.report(d.row().id(), in), "plan.report.sent")) {
                after.run();
            }
        });
        report.addThemeVariants(ButtonVariant.PRIMARY);
        report.setId("assignment-report");
        form.add(text, number, upload);
        return report;
    }

    static String evidenceText(Component ctx, TaskInput t, Map<String, String> typeNames) {
        return switch (t.evidenceKind()) {
            case EVENTS ->
                ctx.getTranslation(
                        "plan.evidence.eventsText",
                        t.evidenceCount(),
                        typeNames.getOrDefault(Objects.requireNonNullElse(t.evidenceTypeCode(), ""), ""),
                        t.evidenceFrom() == null ? t.year() + "-01-01" : t.evidenceFrom(),
                        t.evidenceTo() == null ? t.dueDate() : t.evidenceTo());
            default ->
                ctx.getTranslation("plan.task.evidence") + "："
                        + ctx.getTranslation("plan.evidence." + t.evidenceKind());
        };
    }
}
