package cn.dangjian.pairing.ui;

import cn.dangjian.common.contracts.JointEventScheduling;
import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.lists.NeedEventService;
import cn.dangjian.pairing.lists.NeedProjectService;
import cn.dangjian.pairing.lists.NeedRow;
import cn.dangjian.pairing.lists.NeedService;
import cn.dangjian.pairing.lists.NeedStatus;
import cn.dangjian.pairing.lists.ResourceService;
import cn.dangjian.security.AppUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.LocalTime;

/** The needs list, or the projects list (claimed needs), with the actions the viewer may take on each. */
class NeedsGrid extends VerticalLayout {

    private final Grid<NeedRow> grid = new Grid<>(NeedRow.class, false);
    private final boolean projectsOnly;
    private final NeedService needs;
    private final NeedProjectService projects;
    private final NeedEventService jointEvents;
    private final LocalDate today;

    NeedsGrid(
            String id,
            boolean projectsOnly,
            NeedService needs,
            NeedProjectService projects,
            ResourceService resources,
            NeedEventService jointEvents,
            AppUser user,
            LocalDate today,
            Runnable onChange) {
        this.projectsOnly = projectsOnly;
        this.jointEvents = jointEvents;
        this.today = today;
        this.needs = needs;
        this.projects = projects;
        setPadding(false);
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(NeedRow::title).setHeader(getTranslation("field.title")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("enum.NeedKind." + r.kind()))
                .setHeader(getTranslation("field.kind"))
                .setAutoWidth(true);
        grid.addColumn(NeedRow::requester)
                .setHeader(getTranslation("need.requester"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::addressed)
                .setHeader(getTranslation("need.addressedTo"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::wanted)
                .setHeader(getTranslation("field.wantedBy"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("field.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> String.join("、", r.claimants())
                        + (r.claimMode() == null ? "" : " · " + getTranslation("enum.ClaimMode." + r.claimMode())))
                .setHeader(getTranslation("need.claimants"))
                .setAutoWidth(true);
        if (projectsOnly) {
            grid.addColumn(r -> r.resource() == null ? "" : r.resource())
                    .setHeader(getTranslation("need.resource"))
                    .setAutoWidth(true);
            grid.addColumn(r -> r.result() == null ? "" : r.result())
                    .setHeader(getTranslation("need.result"))
                    .setFlexGrow(2);
            grid.addColumn(r -> r.rating() == null
                            ? ""
                            : getTranslation("enum.NeedRating." + r.rating())
                                    + (r.ratingComment() == null ? "" : "：" + r.ratingComment()))
                    .setHeader(getTranslation("need.rating"))
                    .setAutoWidth(true);
        }
        grid.addComponentColumn(this::events)
                .setHeader(getTranslation("need.event.column"))
                .setKey("events")
                // Wrapped, not auto-sized: a long event title must not push the actions out of view.
                .setWidth("14em")
                .setFlexGrow(1);
        grid.addComponentColumn(r -> actions(r, resources, user, onChange))
                .setKey("actions")
                .setAutoWidth(true);
        add(grid);
    }

    void refresh() {
        grid.setItems(needs.list(projectsOnly));
    }

    private Component addressed(NeedRow r) {
        if (r.addressedTo() != null && !r.open()) {
            return new Span(r.addressedTo());
        }
        Span open = Badges.ok(getTranslation("need.openList"));
        if (r.addressedTo() != null) {
            open.getElement().setAttribute("title", r.addressedTo());
        }
        return open;
    }

    private Component wanted(NeedRow r) {
        Span date = new Span(r.wantedBy().toString());
        if (!r.overdue()) {
            return date;
        }
        Span flag = Badges.error(getTranslation("need.overdue"));
        flag.addClassName("need-overdue");
        return new HorizontalLayout(date, flag);
    }

    private Component status(NeedRow r) {
        String label = getTranslation("enum.NeedStatus." + r.status());
        Span s = r.status() == NeedStatus.WAITING
                ? Badges.warning(label)
                : r.status().isClosed() ? Badges.ok(label) : new Span(label);
        s.getElement().setAttribute("data-status", r.status().name());
        return s;
    }

    /** The linked joint events, one line each (date, title, state), and the held ones as the evidence count. */
    private Component events(NeedRow r) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("need-events-" + r.id());
        for (JointEventScheduling.Line l : r.events()) {
            String state = l.cancelled() ? "cancelled" : l.held() ? "held" : "planned";
            Span line = new Span(l.date() + " " + l.title() + " · " + getTranslation("need.event." + state));
            line.getElement().setAttribute("data-state", state);
            box.add(line);
        }
        if (r.heldEvents() > 0) {
            Span evidence = Badges.ok(getTranslation("need.event.evidence", r.heldEvents()));
            evidence.addClassName("need-evidence");
            box.add(evidence);
        }
        return box;
    }

    private Component actions(NeedRow r, ResourceService resources, AppUser user, Runnable onChange) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setSpacing(false);
        if (r.canScheduleEvent()) {
            bar.add(button(
                    "need-event-" + r.id(),
                    "need.event.schedule",
                    () -> new NeedEventDialog(jointEvents, r, today.plusDays(7).atTime(LocalTime.of(14, 30)), onChange)
                            .open()));
        }
        if (r.canClaim()) {
            bar.add(button(
                    "need-claim-" + r.id(),
                    "need.claim",
                    () -> NeedActions.claim(projects, resources, r, user, onChange)
                            .open()));
        }
        if (r.canClose()) {
            bar.add(button(
                    "need-close-" + r.id(),
                    "need.close",
                    () -> NeedActions.close(projects, r, onChange).open()));
        }
        if (r.canRate()) {
            bar.add(button(
                    "need-rate-" + r.id(),
                    "need.rate",
                    () -> NeedActions.rate(projects, r, onChange).open()));
        }
        if (r.canWithdraw()) {
            bar.add(button(
                    "need-withdraw-" + r.id(),
                    "need.withdraw",
                    () -> Confirm.ask(
                            this,
                            "need.withdraw",
                            getTranslation("need.withdraw.confirm", r.title()),
                            "action.delete",
                            () -> {
                                if (Notifier.attempt(
                                        this, () -> needs.withdraw(r.id(), r.version()), "need.withdrawn")) {
                                    onChange.run();
                                }
                            })));
        }
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return b;
    }
}
