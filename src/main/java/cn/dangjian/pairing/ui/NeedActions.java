package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.lists.ClaimMode;
import cn.dangjian.pairing.lists.NeedProjectService;
import cn.dangjian.pairing.lists.NeedRating;
import cn.dangjian.pairing.lists.NeedRow;
import cn.dangjian.pairing.lists.NeedStatus;
import cn.dangjian.pairing.lists.ResourceRow;
import cn.dangjian.pairing.lists.ResourceService;
import cn.dangjian.security.AppUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/** The small dialogs of a need's life: claim (solo or joint, optionally with a resource), close, rate. */
final class NeedActions {

    private NeedActions() {}

    static Dialog claim(NeedProjectService needs, ResourceService resources, NeedRow r, AppUser user, Runnable onDone) {
        Dialog d = dialog("need.claim", r);
        RadioButtonGroup<ClaimMode> mode = new RadioButtonGroup<>(d.getTranslation("need.claimMode"));
        mode.setId("claim-mode");
        mode.setItems(ClaimMode.values());
        mode.setItemLabelGenerator(m -> d.getTranslation("enum.ClaimMode." + m));
        mode.setValue(ClaimMode.SOLO);
        if (r.status() == NeedStatus.IN_PROGRESS) {
            // Others have claimed it jointly: this claim joins theirs.
            mode.setValue(ClaimMode.JOINT);
            mode.setReadOnly(true);
        }
        Select<ResourceRow> resource = new Select<>();
        resource.setId("claim-resource");
        resource.setLabel(d.getTranslation("need.resource"));
        resource.setEmptySelectionAllowed(true);
        resource.setEmptySelectionCaption(d.getTranslation("need.noResource"));
        resource.setItems(resources.list().stream()
                .filter(x -> Objects.equals(x.branchId(), user.branchId()))
                .toList());
        resource.setItemLabelGenerator(x -> x == null ? d.getTranslation("need.noResource") : x.title());
        d.add(mode, resource);
        footer(
                d,
                "claim-confirm",
                () -> Notifier.attempt(
                        d,
                        () -> needs.claim(
                                r.id(),
                                Objects.requireNonNull(user.branchId()),
                                mode.getValue(),
                                resource.getValue() == null
                                        ? null
                                        : resource.getValue().id()),
                        "need.claimed"),
                onDone);
        return d;
    }

    static Dialog close(NeedProjectService needs, NeedRow r, Runnable onDone) {
        Dialog d = dialog("need.close", r);
        TextArea result = new TextArea(d.getTranslation("need.result"));
        result.setId("close-result");
        result.setMaxLength(1000);
        result.setWidthFull();
        d.add(result);
        footer(
                d,
                "close-confirm",
                () -> Notifier.attempt(d, () -> needs.close(r.id(), r.version(), result.getValue()), "need.closed"),
                onDone);
        return d;
    }

    static Dialog rate(NeedProjectService needs, NeedRow r, Runnable onDone) {
        Dialog d = dialog("need.rate", r);
        if (r.result() != null) {
            d.add(new Paragraph(d.getTranslation("need.result") + "：" + r.result()));
        }
        RadioButtonGroup<NeedRating> rating = new RadioButtonGroup<>(d.getTranslation("need.rating"));
        rating.setId("rate-rating");
        rating.setItems(NeedRating.values());
        rating.setItemLabelGenerator(x -> d.getTranslation("enum.NeedRating." + x));
        rating.setValue(NeedRating.SATISFIED);
        TextArea comment = new TextArea(d.getTranslation("need.ratingComment"));
        comment.setId("rate-comment");
        comment.setMaxLength(500);
        comment.setWidthFull();
        d.add(rating, comment);
        footer(
                d,
                "rate-confirm",
                () -> Notifier.attempt(
                        d, () -> needs.rate(r.id(), r.version(), rating.getValue(), comment.getValue()), "need.rated"),
                onDone);
        return d;
    }

    private static Dialog dialog(String key, NeedRow r) {
        Dialog d = new Dialog();
        d.setHeaderTitle(d.getTranslation(key) + " · " + r.title());
        d.setWidth("min(560px, 100vw)");
        if (r.description() != null) {
            d.add(new Paragraph(r.description()));
        }
        return d;
    }

    /** The confirm button runs {@code attempt}; when it reports success the dialog closes and the lists reload. */
    private static void footer(Dialog d, String id, BooleanSupplier attempt, Runnable onDone) {
        Button ok = Buttons.whileWorking(new Button(d.getTranslation("action.confirm")), e -> {
            if (attempt.getAsBoolean()) {
                d.close();
                onDone.run();
            }
        });
        ok.setId(id);
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        Component cancel = new Button(d.getTranslation("action.cancel"), e -> d.close());
        d.getFooter().add(cancel, ok);
    }
}
