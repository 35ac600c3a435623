package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.AllianceService;
import cn.dangjian.pairing.ExternalUnitService;
import cn.dangjian.pairing.PairingDetail;
import cn.dangjian.pairing.PairingEditService;
import cn.dangjian.pairing.PairingEvidenceService;
import cn.dangjian.pairing.PairingKind;
import cn.dangjian.pairing.PairingLifecycleService;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.pairing.PairingStatus;
import cn.dangjian.pairing.ReviewService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One pairing: its agreement, goals and progress, evidence timeline and lifecycle history. */
@Route("pairings/:pairingId")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
@StyleSheet("context://styles/pairing.css")
class PairingDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PairingService pairings;
    private final PairingEditService edits;
    private final PairingLifecycleService lifecycle;
    private final PairingEvidenceService evidence;
    private final OrganizationDirectory branches;
    private final ExternalUnitService units;
    private final AllianceService alliances;
    private final ReviewService reviews;
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
            AllianceService alliances,
            ReviewService reviews,
            CurrentUser currentUser,
            Clock clock) {
        this.pairings = pairings;
        this.edits = edits;
        this.lifecycle = lifecycle;
        this.evidence = evidence;
        this.branches = branches;
        this.units = units;
        this.alliances = alliances;
        this.reviews = reviews;
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
        // An alliance is known by its name; its charter's title is on the agreement card.
        title = d.kind() == PairingKind.ALLIANCE ? d.partnerName() : d.agreementTitle();
        Span status = new Span(getTranslation("enum.PairingStatus." + d.status()));
        status.setId("pairing-status");
        status.getElement().setAttribute("data-status", d.status().name());
        status.addClassName("pairing-status");
        Span health = HealthBadge.of(this, d.health());
        health.setId("pairing-health");
        HorizontalLayout header = new HorizontalLayout(new ViewHeader(title), status, health);
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
        Div cards = new Div(new AgreementCard(d, pairings), new HistoryCard(d));
        cards.addClassName("pairing-cards");
        add(cards);
        if (d.kind() == PairingKind.ALLIANCE) {
            add(
                    new H3(getTranslation("alliance.parties")),
                    new PartiesPanel(
                            d.id(), alliances, branches.branches(), units.list(), LocalDate.now(clock), this::reload));
        }
        add(
                new H3(getTranslation("pairing.goals")),
                new GoalsPanel(d, evidence, this::reload),
                new H3(getTranslation("pairing.evidence.timeline")),
                new EvidenceTimeline(d, evidence, this::reload),
                new H3(getTranslation("review.title")),
                new ReviewsPanel(d.id(), reviews, d.canManage() && d.status() != PairingStatus.DRAFT, this::reload));
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
                e -> getUI().ifPresent(ui -> {
                    if (d.kind() == PairingKind.ALLIANCE) {
                        ui.navigate(AlliancesView.class);
                    } else {
                        ui.navigate(PairingsView.class);
                    }
                }));
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

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.pairings") : title;
    }
}
