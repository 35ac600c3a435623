package cn.dangjian.plan.ui;

import cn.dangjian.calendar.HeldEvent;
import cn.dangjian.common.contracts.ClosedNeeds.ClosedNeed;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.Uploads;
import cn.dangjian.pairing.AttachmentRules;
import cn.dangjian.pairing.AttachmentUpload;
import cn.dangjian.plan.BrandPage;
import cn.dangjian.plan.BrandService;
import cn.dangjian.plan.MonthInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** 月月出成效: a month's result line with the branch's held events of that month, closed needs and files as evidence. */
final class MonthDialog {

    private MonthDialog() {}

    static void open(
            Component ctx,
            BrandService brands,
            BrandPage page,
            int month,
            BrandPage.@Nullable MonthRow row,
            Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ctx.getTranslation("plan.brand.monthTitle", page.year(), month));
        dialog.setWidth("600px");
        TextArea result = new TextArea(ctx.getTranslation("plan.brand.result.label"));
        result.setId("month-result");
        result.setMaxLength(500);
        result.setWidthFull();
        result.setValue(row == null ? "" : row.result());
        List<HeldEvent> held = brands.held(page.branchId(), YearMonth.of(page.year(), month));
        MultiSelectComboBox<HeldEvent> events = new MultiSelectComboBox<>(ctx.getTranslation("plan.brand.events"));
        events.setId("month-events");
        events.setItems(held);
        events.setItemLabelGenerator(e -> e.heldDate() + " " + e.title());
        events.setWidthFull();
        if (row != null) {
            events.setValue(held.stream()
                    .filter(h -> row.events().stream().anyMatch(x -> x.id().equals(h.id())))
                    .collect(Collectors.toSet()));
        }
        List<ClosedNeed> closed = brands.closedNeeds(page.branchId(), YearMonth.of(page.year(), month));
        MultiSelectComboBox<ClosedNeed> needs = new MultiSelectComboBox<>(ctx.getTranslation("plan.brand.needs"));
        needs.setId("month-needs");
        needs.setItems(closed);
        needs.setItemLabelGenerator(n -> n.closedOn() + " " + n.title());
        needs.setWidthFull();
        if (row != null) {
            needs.setValue(closed.stream()
                    .filter(c -> row.needs().stream().anyMatch(x -> x.id() == c.id()))
                    .collect(Collectors.toSet()));
        }
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
        upload.addFileRemovedListener(e -> pending.removeIf(p -> p.fileName().equals(e.getFileName())));
        dialog.add(new VerticalLayout(result, events, needs, upload));
        Button cancel = new Button(ctx.getTranslation("action.cancel"), e -> dialog.close());
        cancel.addClickShortcut(Key.ESCAPE);
        Button ok = Buttons.whileWorking(new Button(ctx.getTranslation("action.save")), e -> {
            MonthInput in = new MonthInput(
                    month,
                    Objects.requireNonNullElse(result.getValue(), ""),
                    events.getValue().stream().map(HeldEvent::id).collect(Collectors.toSet()),
                    needs.getValue().stream().map(ClosedNeed::id).collect(Collectors.toSet()),
                    List.copyOf(pending));
            if (Notifier.attempt(ctx, () -> brands.recordMonth(page.id(), in), "plan.saved")) {
                dialog.close();
                done.run();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("month-save");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }
}
