package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.lists.NeedEventService;
import cn.dangjian.pairing.lists.NeedProjectService;
import cn.dangjian.pairing.lists.NeedService;
import cn.dangjian.pairing.lists.ResourceService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** The three lists (三张清单): needs, resources and projects, with raising a need and offering a resource. */
@Route("lists")
@Menu(title = "nav.lists", order = 23, icon = "CLIPBOARD_TEXT")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
@StyleSheet("context://styles/pairing.css")
class ListsView extends VerticalLayout implements HasDynamicTitle {

    private final NeedsGrid needs;
    private final NeedsGrid projects;
    private final ResourcesGrid resources;

    ListsView(
            NeedService needService,
            NeedProjectService projectService,
            ResourceService resourceService,
            NeedEventService jointEvents,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            Clock clock) {
        addClassName("view");
        AppUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        needs = new NeedsGrid(
                "needs-grid",
                false,
                needService,
                projectService,
                resourceService,
                jointEvents,
                user,
                today,
                this::refresh);
        projects = new NeedsGrid(
                "projects-grid",
                true,
                needService,
                projectService,
                resourceService,
                jointEvents,
                user,
                today,
                this::refresh);
        resources = new ResourcesGrid(resourceService, this::refresh);
        add(new ViewHeader(getTranslation("nav.lists")));
        if (user.isAdmin() || user.isSecretary()) {
            Button raise = new Button(
                    getTranslation("need.raise"),
                    VaadinIcon.PLUS.create(),
                    e -> new NeedDialog(needService, organization.branches(), user, today, this::refresh).open());
            raise.setId("need-raise");
            raise.addThemeVariants(ButtonVariant.PRIMARY);
            Button offer = new Button(
                    getTranslation("resource.offer"),
                    VaadinIcon.GIFT.create(),
                    e -> new ResourceDialog(resourceService, organization.branches(), user, this::refresh).open());
            offer.setId("resource-offer");
            HorizontalLayout bar = new HorizontalLayout(raise, offer);
            bar.addClassName("toolbar");
            add(bar);
        }
        TabSheet tabs = new TabSheet();
        tabs.setId("lists-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("need.list"), needs);
        tabs.add(getTranslation("resource.list"), resources);
        tabs.add(getTranslation("project.list"), projects);
        add(tabs);
        refresh();
    }

    private void refresh() {
        needs.refresh();
        projects.refresh();
        resources.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lists");
    }
}
