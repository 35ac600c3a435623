package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.ExternalUnitService;
import cn.dangjian.pairing.PairingDetail;
import cn.dangjian.pairing.PairingEditService;
import cn.dangjian.pairing.PairingEvidenceService;
import cn.dangjian.pairing.PairingLifecycleService;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.pairing.PairingStatus;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** One pairing: its agreement, goals and progress, evidence timeline and lifecycle history. */
@Route("pairings/:pairingId")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
@StyleSheet("context://styles/pairing.css")
class PairingDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private final PairingService pairings;
    private final PairingEditService edits;
    private final PairingLifecycleService lifecycle;
    private final PairingEvidenceService evidence;
    private final OrganizationDirectory branches;
    private final ExternalUnitService units;
    private final AppUser user;
    private final Clock clock;
    private Long pairingId = -1L;
    private String title = "";

    PairingDetailView(
            PairingService pairings,
            PairingEditService edits,
            PairingLifecycleService lifecycle,
            PairingEvidenceService evidence,
            OrganizationDirectory branches,
            ExternalUnitService units,
            CurrentUser currentUser,
            Clock clock) {
        this.pairings = pairings;
        this.edits = edits;
        this.lifecycle = lifecycle;
        this.evidence = evidence;
        this.branches = branches;
        this.units = units;
        this.user = currentUser.require();
        this.clock = clock;
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            pairingId = Long.valueOf(event.getRouteParameters().get("pairingId").orElse("-1"));
            render(pairings.detail(pairingId));
        } catch (RuntimeException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void reload() {
        render(pairings.detail(pairingId));
    }

    private void render(PairingDetail d) {
        removeAll();
        title = d.agreementTitle();
        Span status = new Span(getTranslation("enum.PairingStatus." + d.status()));
        status.setId("pairing-status");
        status.getElement().setAttribute("data-status", d.status().name());
        status.addClassName("pairing-status");
        Span health = HealthBadge.of(this, d.health());
        health.setId("pairing-health");
        HorizontalLayout header = new HorizontalLayout(new ViewHeader(d.agreementTitle()), status, health);
        header.setAlignItems(Alignment.BASELINE);
        header.getStyle().set("flex-wrap", "wrap");
        if (d.reviewDue()) {
            header.add(Badges.warning(getTranslation("pairing.reviewDue")));
        }
        add(header, actions(d));
        if (d.health() != null) {
            Paragraph reason = new Paragraph(HealthBadge.reason(this, d.health()));
            reason.setId("pairing-health-reason");
            reason.addClassName("pairing-muted");
            add(reason);
        }
        Div cards = new Div(agreementCard(d), historyCard(d));
        cards.addClassName("pairing-cards");
        add(
                cards,
                new H3(getTranslation("pairing.goals")),
                new GoalsPanel(d, evidence, this::reload),
                new H3(getTranslation("pairing.evidence.timeline")),
                timeline(d));
    }

    private HorizontalLayout actions(PairingDetail d) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("toolbar");
        if (d.canRecordEvidence()) {
            Button add = new Button(
                    getTranslation("pairing.evidence.add"),
                    VaadinIcon.PLUS.create(),
                    e -> new EvidenceDialog(evidence, d, LocalDate.now(clock), this::reload).open());
            add.setId("record-evidence");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(add);
        }
        if (d.canEdit()) {
            Button edit = new Button(
                    getTranslation("pairing.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> PairingFormDialog.create(
                                    pairings,
                                    edits,
                                    branches,
                                    units,
                                    user,
                                    LocalDate.now(clock),
                                    d.id(),
                                    null,
                                    id -> reload())
                            .open());
            edit.setId("pairing-edit");
            bar.add(edit);
        }
        if (d.canEdit() && d.status() == PairingStatus.DRAFT) {
            Button delete = new Button(
                    getTranslation("pairing.deleteDraft"),
                    VaadinIcon.TRASH.create(),
                    e -> Confirm.ask(
                            this,
                            "pairing.deleteDraft",
                            getTranslation("pairing.deleteDraft.confirm", d.agreementTitle()),
                            "action.delete",
                            () -> {
                                if (Notifier.attempt(
                                        this, () -> edits.deleteDraft(d.id(), d.version()), "pairing.deleted")) {
                                    getUI().ifPresent(ui -> ui.navigate(PairingsView.class));
                                }
                            }));
            delete.setId("pairing-delete");
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            bar.add(delete);
        }
        if (d.canManage()) {
            if (d.status() == PairingStatus.DRAFT) {
                Button activate = Buttons.whileWorking(
                        new Button(getTranslation("pairing.activate"), VaadinIcon.CHECK.create()), e -> {
                            if (Notifier.attempt(
                                    this, () -> lifecycle.activate(d.id(), d.version()), "pairing.transition.done")) {
                                reload();
                            }
                        });
                activate.setId("pairing-activate");
                activate.addThemeVariants(ButtonVariant.SUCCESS);
                bar.add(activate);
            }
            if (d.status() == PairingStatus.ACTIVE || d.status() == PairingStatus.RENEWED) {
                bar.add(transition(
                        "pairing-review",
                        "pairing.startReview",
                        VaadinIcon.SEARCH,
                        null,
                        (end, note) -> lifecycle.startReview(d.id(), d.version(), note)));
            }
            if (d.status() == PairingStatus.UNDER_REVIEW) {
                bar.add(transition(
                        "pairing-renew",
                        "pairing.renew",
                        VaadinIcon.REFRESH,
                        d.termEnd(),
                        (end, note) -> lifecycle.renew(d.id(), d.version(), end == null ? d.termEnd() : end, note)));
            }
            if (d.status().isLive()) {
                bar.add(transition(
                        "pairing-end",
                        "pairing.end",
                        VaadinIcon.STOP,
                        null,
                        (end, note) -> lifecycle.end(d.id(), d.version(), note)));
            }
        }
        Button back = new Button(
                getTranslation("pairing.backToList"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PairingsView.class)));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        bar.add(back);
        return bar;
    }

    private Button transition(
            String id, String key, VaadinIcon icon, @Nullable LocalDate end, TransitionDialog.Change change) {
        Button b = new Button(
                getTranslation(key), icon.create(), e -> new TransitionDialog(key, end, change, this::reload).open());
        b.setId(id);
        return b;
    }

    private Div agreementCard(PairingDetail d) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H3(getTranslation("pairing.agreement")));
        card.add(field("pairing.parties", d.branchName() + " ⇄ " + d.partnerName()));
        card.add(field(
                "pairing.kind",
                getTranslation("enum.PairingKind." + d.kind()) + " · "
                        + getTranslation("enum.AllianceLevel." + d.level())));
        if (d.unitType() != null) {
            card.add(field("pairing.unit.type", getTranslation("enum.ExternalUnitType." + d.unitType())));
        }
        if (d.unitContact() != null) {
            card.add(field("pairing.unit.contact", d.unitContact()));
        }
        card.add(field(
                "pairing.signedDate",
                d.signedDate() == null
                        ? getTranslation("pairing.notSigned")
                        : d.signedDate().toString()));
        card.add(field("pairing.term", d.termStart() + " ~ " + d.termEnd()));
        card.add(field(
                "pairing.signatories",
                (d.signatoryOwn() == null ? "—" : d.signatoryOwn()) + " / "
                        + (d.signatoryPartner() == null ? "—" : d.signatoryPartner())));
        if (d.summary() != null) {
            card.add(field("pairing.summary", d.summary()));
        }
        if (d.attachment() != null) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(e -> {
                        var data = pairings.attachment(d.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(data.data()),
                                data.fileName(),
                                data.contentType(),
                                data.data().length);
                    }),
                    d.attachment().fileName() + " ("
                            + Math.max(1, d.attachment().sizeBytes() / 1024) + " KB)");
            link.setId("pairing-attachment");
            card.add(new Div(new Span(getTranslation("pairing.attachment") + "："), link));
        }
        return card;
    }

    private Div historyCard(PairingDetail d) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H3(getTranslation("pairing.history")));
        for (PairingDetail.TransitionItem t : d.transitions()) {
            String text = getTranslation(
                    "pairing.history.line",
                    AT.format(t.at()),
                    t.actor(),
                    getTranslation("enum.PairingStatus." + t.to()));
            Div line = new Div(new Span(text));
            if (t.note() != null) {
                Span note = new Span(" — " + t.note());
                note.addClassName("pairing-muted");
                line.add(note);
            }
            card.add(line);
        }
        return card;
    }

    private Div field(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("pairing-label");
        return new Div(label, new Span(value));
    }

    private Div timeline(PairingDetail d) {
        Div list = new Div();
        list.setId("evidence-timeline");
        list.addClassName("pairing-timeline");
        if (d.evidence().isEmpty()) {
            Div empty = new Div(getTranslation("pairing.evidence.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (PairingDetail.EvidenceItem e : d.evidence()) {
            Div item = new Div();
            item.addClassName("pairing-timeline-item");
            Span date = new Span(e.happenedOn().toString());
            date.addClassName("pairing-timeline-date");
            Span kind = Badges.ok(getTranslation("enum.EvidenceKind." + e.kind()));
            item.add(date, kind, new Span(" " + e.title()));
            if (e.fromCalendar()) {
                item.add(Badges.warning(getTranslation("pairing.evidence.fromCalendar")));
            }
            String goals = d.goals().stream()
                    .filter(g -> e.goalIds().contains(g.id()))
                    .map(g -> g.target())
                    .reduce((a, b) -> a + "；" + b)
                    .orElse("");
            if (!goals.isEmpty()) {
                Div linked = new Div(getTranslation("pairing.evidence.linkedGoals", goals));
                linked.addClassName("pairing-muted");
                item.add(linked);
            }
            if (e.description() != null) {
                item.add(new Div(e.description()));
            }
            if (e.recordedBy() != null) {
                Span by = new Span(getTranslation("pairing.evidence.recordedBy", e.recordedBy()));
                by.addClassName("pairing-muted");
                item.add(by);
            }
            if (d.canRecordEvidence() && !e.fromCalendar()) {
                Button remove = new Button(
                        VaadinIcon.TRASH.create(),
                        ev -> Confirm.ask(this, "pairing.evidence.remove", e.title(), "action.delete", () -> {
                            if (Notifier.attempt(this, () -> evidence.remove(e.id()), "pairing.evidence.removed")) {
                                reload();
                            }
                        }));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.setAriaLabel(getTranslation("pairing.evidence.remove"));
                item.add(remove);
            }
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.pairings") : title;
    }
}
