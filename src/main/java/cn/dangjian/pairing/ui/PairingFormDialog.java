package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.Uploads;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.AttachmentRules;
import cn.dangjian.pairing.AttachmentUpload;
import cn.dangjian.pairing.ExternalUnit;
import cn.dangjian.pairing.ExternalUnitService;
import cn.dangjian.pairing.PairingEditService;
import cn.dangjian.pairing.PairingForm;
import cn.dangjian.pairing.PairingKind;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.security.AppUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a pairing with its agreement, goals and document. A secretary's pairing always
 * involves their own branch and stays a draft until an administrator activates it.
 */
class PairingFormDialog extends Dialog {

    private volatile @Nullable AttachmentUpload pending;

    /** Opens for a new pairing (optionally pre-filled with two branches) or for editing {@code pairingId}. */
    static PairingFormDialog create(
            PairingService pairings,
            PairingEditService edits,
            OrganizationDirectory branches,
            ExternalUnitService units,
            AppUser user,
            LocalDate today,
            @Nullable Long pairingId,
            @Nullable Long[] prefill,
            Consumer<Long> onSaved) {
        PairingForm form;
        if (pairingId != null) {
            form = pairings.form(pairingId);
        } else {
            Long own = prefill != null ? prefill[0] : user.isAdmin() ? null : user.branchId();
            Long partner = prefill != null ? prefill[1] : null;
            form = new PairingForm(
                    null,
                    0,
                    PairingKind.INTERNAL,
                    own,
                    partner,
                    null,
                    "",
                    user.isAdmin() ? today : null,
                    today,
                    today.plusYears(2).minusDays(1),
                    null,
                    null,
                    null,
                    List.of());
        }
        return new PairingFormDialog(edits, branches.branches(), units.list(), user, form, onSaved);
    }

    private PairingFormDialog(
            PairingEditService edits,
            List<BranchRef> branchRefs,
            List<ExternalUnit> unitList,
            AppUser user,
            PairingForm form,
            Consumer<Long> onSaved) {
        setHeaderTitle(getTranslation(
                form.id() == null ? (user.isAdmin() ? "pairing.add" : "pairing.propose") : "pairing.edit"));
        setWidth("min(900px, 100vw)");
        Select<PairingKind> kind = new Select<>();
        kind.setId("pairing-kind");
        kind.setLabel(getTranslation("pairing.kind"));
        // An alliance keeps its kind (its parties are edited on its page); a pairing cannot become one here.
        kind.setItems(
                form.kind() == PairingKind.ALLIANCE
                        ? List.of(PairingKind.ALLIANCE)
                        : List.of(PairingKind.INTERNAL, PairingKind.EXTERNAL));
        kind.setReadOnly(form.kind() == PairingKind.ALLIANCE);
        kind.setItemLabelGenerator(k -> getTranslation("enum.PairingKind." + k));
        kind.setValue(form.kind());
        ComboBox<BranchRef> branch = new ComboBox<>(getTranslation("pairing.branch"));
        branch.setId("pairing-branch");
        branch.setItems(
                user.isAdmin()
                        ? branchRefs
                        : branchRefs.stream()
                                .filter(b -> b.id().equals(user.branchId()) || b.id().equals(form.branchId()))
                                .toList());
        branch.setItemLabelGenerator(b -> b.code() + " " + b.name());
        branch.setValue(find(branchRefs, form.branchId()));
        branch.setReadOnly(!user.isAdmin());
        ComboBox<BranchRef> partner = new ComboBox<>(getTranslation("pairing.partnerBranch"));
        partner.setId("pairing-partner");
        partner.setItems(branchRefs.stream().filter(b -> b.kind().isServing()).toList());
        partner.setItemLabelGenerator(b -> b.code() + " " + b.name());
        partner.setValue(find(branchRefs, form.partnerBranchId()));
        ComboBox<ExternalUnit> unit = new ComboBox<>(getTranslation("pairing.externalUnit"));
        unit.setId("pairing-unit");
        unit.setItems(unitList);
        unit.setItemLabelGenerator(
                u -> u.getName() + " · " + getTranslation("enum.AllianceLevel." + u.getAllianceLevel()));
        unit.setValue(unitList.stream()
                .filter(u -> Objects.equals(u.getId(), form.externalUnitId()))
                .findFirst()
                .orElse(null));
        Runnable kindChanged = () -> {
            partner.setVisible(kind.getValue() == PairingKind.INTERNAL);
            unit.setVisible(kind.getValue() == PairingKind.EXTERNAL);
        };
        kind.addValueChangeListener(e -> kindChanged.run());
        kindChanged.run();
        TextField title = new TextField(getTranslation("pairing.agreementTitle"));
        title.setId("pairing-title");
        title.setValue(form.agreementTitle());
        title.setRequiredIndicatorVisible(true);
        DatePicker signed =
                DatePickers.localized(new DatePicker(getTranslation("pairing.signedDate"), form.signedDate()));
        signed.setId("pairing-signed");
        signed.setClearButtonVisible(true);
        DatePicker start = DatePickers.localized(new DatePicker(getTranslation("pairing.termStart"), form.termStart()));
        start.setId("pairing-start");
        DatePicker end = DatePickers.localized(new DatePicker(getTranslation("pairing.termEnd"), form.termEnd()));
        end.setId("pairing-end");
        TextField signOwn = new TextField(getTranslation("pairing.signatoryOwn"));
        signOwn.setValue(Objects.requireNonNullElse(form.signatoryOwn(), ""));
        TextField signPartner = new TextField(getTranslation("pairing.signatoryPartner"));
        signPartner.setValue(Objects.requireNonNullElse(form.signatoryPartner(), ""));
        TextArea summary = new TextArea(getTranslation("pairing.summary"));
        summary.setValue(Objects.requireNonNullElse(form.summary(), ""));
        GoalsEditor goals = new GoalsEditor(form.goals(), end::getValue);

        Upload upload = Uploads.limited(
                new Upload(),
                AttachmentRules.MAX_BYTES,
                1,
                (fileName, bytes) -> {
                    AttachmentUpload candidate = new AttachmentUpload(fileName, bytes);
                    // Refused at once (and marked in the list) rather than only when the pairing is saved; the service
                    // checks again.
                    AttachmentRules.check(candidate);
                    pending = candidate;
                },
                "application/pdf",
                ".pdf",
                "image/png",
                ".png",
                "image/jpeg",
                ".jpg",
                ".jpeg");
        upload.setId("pairing-upload");
        upload.addFileRemovedListener(e -> pending = null);

        FormLayout layout =
                new FormLayout(kind, branch, partner, unit, title, signed, start, end, signOwn, signPartner, summary);
        layout.setColspan(title, 2);
        layout.setColspan(summary, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(
                layout,
                goals,
                new Span(getTranslation("pairing.attachment.hint", AttachmentRules.MAX_BYTES / (1024 * 1024))),
                upload);

        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            PairingForm input = new PairingForm(
                    form.id(),
                    form.version(),
                    kind.getValue(),
                    branch.getValue() == null ? null : branch.getValue().id(),
                    kind.getValue() == PairingKind.INTERNAL && partner.getValue() != null
                            ? partner.getValue().id()
                            : null,
                    kind.getValue() == PairingKind.EXTERNAL && unit.getValue() != null
                            ? unit.getValue().getId()
                            : null,
                    title.getValue(),
                    signed.getValue(),
                    start.getValue(),
                    end.getValue(),
                    signOwn.getValue(),
                    signPartner.getValue(),
                    summary.getValue(),
                    goals.value());
            Long[] saved = new Long[1];
            if (Notifier.attempt(
                    this, () -> saved[0] = edits.save(input, pending), "pairing.saved", input.agreementTitle())) {
                close();
                onSaved.accept(saved[0]);
            } else {
                e.getSource().setEnabled(true);
            }
        });
        save.setId("pairing-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        // Disabled from the click until the save returns (re-enabled below when it fails): no double pairing.
        save.setDisableOnClick(true);
        // Enter saves from the one-line text fields only; in a date picker it picks the date.
        save.addClickShortcut(Key.ENTER).listenOn(title, signOwn, signPartner);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private static @Nullable BranchRef find(List<BranchRef> refs, @Nullable Long id) {
        return id == null
                ? null
                : refs.stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
    }
}
