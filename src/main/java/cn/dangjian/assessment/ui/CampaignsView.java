package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.Campaign;
import cn.dangjian.assessment.CampaignService;
import cn.dangjian.assessment.CampaignStatus;
import cn.dangjian.assessment.SheetRow;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;

/** 考核工作: the year's campaign, its sheets (the viewer's share of them) and the office's steps. */
@Route("assessment")
@Menu(title = "assessment.nav.campaign", order = 60, icon = "CLIPBOARD_CHECK")
@PermitAll
class CampaignsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CampaignService service;
    private final boolean admin;
    private final Select<Integer> year = new Select<>();
    private final Span status = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Grid<SheetRow> grid = new Grid<>(SheetRow.class, false);

    CampaignsView(CampaignService service, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.admin = currentUser.require().isAdmin();
        addClassName("view");
        setSizeFull();
        int current = LocalDate.now(clock).getYear();
        year.setId("campaign-year");
        year.setLabel(getTranslation("assessment.col.year"));
        year.setItems(IntStream.rangeClosed(current - 3, current)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setValue(current);
        year.addValueChangeListener(e -> refresh());
        status.setId("campaign-status");
        grid.setId("sheets-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SheetRow::code)
                .setHeader(getTranslation("assessment.col.code"))
                .setAutoWidth(true);
        grid.addColumn(SheetRow::branchName)
                .setHeader(getTranslation("assessment.col.branch"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("enum.BranchKind." + r.kind()))
                .setHeader(getTranslation("assessment.col.group"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("enum.SheetStatus." + r.status()))
                .setHeader(getTranslation("assessment.col.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> ScoreDialog.format(r.total()) + (r.vetoed() ? " ✗" : ""))
                .setHeader(getTranslation("assessment.col.total"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                SheetView.class,
                new RouteParameters("sheetId", String.valueOf(e.getItem().sheetId())))));
        grid.setEmptyStateText(getTranslation("assessment.campaign.noSheets"));
        grid.setSizeFull();
        HorizontalLayout toolbar = new HorizontalLayout(year, status, actions);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("assessment.nav.campaign")), toolbar, grid);
        refresh();
    }

    /** {@code ?year=2025} opens that year's campaign (links from elsewhere, the browser journey). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("year").ifPresent(y -> {
            try {
                int wanted = Integer.parseInt(y);
                if (year.getListDataView().contains(wanted)) {
                    year.setValue(wanted);
                }
            } catch (NumberFormatException e) {
                // an unreadable year keeps the current one
            }
        });
    }

    private void refresh() {
        actions.removeAll();
        Optional<Campaign> found = service.campaign(year.getValue());
        if (found.isEmpty()) {
            status.setText(getTranslation("assessment.campaign.none"));
            grid.setItems();
            if (admin) {
                Button start = Buttons.whileWorking(new Button(getTranslation("assessment.campaign.start")), e -> {
                    if (Notifier.attempt(this, () -> service.start(year.getValue()), "assessment.campaign.started")) {
                        refresh();
                    }
                });
                start.setId("campaign-start");
                start.addThemeVariants(ButtonVariant.PRIMARY);
                actions.add(start);
            }
            return;
        }
        Campaign c = found.get();
        status.setText(getTranslation("enum.CampaignStatus." + c.getStatus())
                + (c.getPublicityUntil() == null
                        ? ""
                        : " · " + getTranslation("assessment.campaign.publicityUntil", c.getPublicityUntil())));
        grid.setItems(service.sheets(c.getId()));
        if (admin && c.getStatus() == CampaignStatus.SELF_ASSESSMENT) {
            Button publish = new Button(
                    getTranslation("assessment.campaign.publish"),
                    e -> Confirm.ask(
                            this,
                            "assessment.campaign.publish",
                            getTranslation("assessment.campaign.publishConfirm"),
                            "assessment.campaign.publish",
                            () -> {
                                if (Notifier.attempt(
                                        this,
                                        () -> service.publish(c.getId(), c.getVersion()),
                                        "assessment.campaign.published")) {
                                    refresh();
                                }
                            }));
            publish.setId("campaign-publish");
            actions.add(publish);
        }
        if (admin && c.getStatus() == CampaignStatus.PUBLISHED) {
            Button lock = new Button(
                    getTranslation("assessment.campaign.lock"),
                    e -> Confirm.ask(
                            this,
                            "assessment.campaign.lock",
                            getTranslation("assessment.campaign.lockConfirm"),
                            "assessment.campaign.lock",
                            () -> {
                                if (Notifier.attempt(
                                        this,
                                        () -> service.lock(c.getId(), c.getVersion()),
                                        "assessment.campaign.locked")) {
                                    refresh();
                                }
                            }));
            lock.setId("campaign-lock");
            actions.add(lock);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.nav.campaign");
    }
}
