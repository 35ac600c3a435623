package cn.dangjian;

import cn.dangjian.common.i18n.BundleI18NProvider;
import cn.dangjian.common.i18n.LocalePreference;
import cn.dangjian.common.ui.MenuGuard;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.ui.ChangePasswordView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frame around every view: side navigation grouped by capability, built from the views' own
 * {@code @Menu} annotations (titles are i18n keys), and the signed-in user's menu.
 * A view's group is its feature package: {@code cn.dangjian.<feature>.ui}. It sits in the root package,
 * above every feature, because it reads the signed-in user from security (decision 0010).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final List<String> GROUP_ORDER = List.of(
            "dashboard",
            "organization",
            "pairing",
            "calendar",
            "plan",
            "points",
            "assessment",
            "accounts",
            "audit",
            "security",
            "common");

    private final AuthenticationContext authentication;
    private final CurrentUser currentUser;
    private final List<MenuGuard> guards;

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser, List<MenuGuard> guards) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        this.guards = guards;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(), userMenu());
        Span drawerTitle = new Span(getTranslation("app.title"));
        drawerTitle.addClassName("app-drawer-title");
        addToDrawer(drawerTitle, new Scroller(navigation()));
    }

    private Component title() {
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        return title;
    }

    private Component navigation() {
        // Groups are keyed by their label, so features that share a label share a group.
        Map<String, SideNav> groups = new LinkedHashMap<>();
        GROUP_ORDER.forEach(g -> groups.put(getTranslation("nav.group." + g), null));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!guards.stream().allMatch(g -> g.shows(entry.path()))) {
                continue;
            }
            String label = getTranslation("nav.group." + groupOf(entry));
            SideNav nav = groups.get(label);
            if (nav == null) {
                nav = new SideNav(label);
                nav.setCollapsible(true);
                nav.setWidthFull();
                groups.put(label, nav);
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        var column = new VerticalLayout();
        column.setPadding(false);
        column.setSpacing(true);
        groups.values().stream().filter(n -> n != null).forEach(column::add);
        return column;
    }

    static String groupOf(MenuEntry entry) {
        String pkg = entry.menuClass() == null ? "" : entry.menuClass().getPackageName();
        String[] parts = pkg.split("\\.");
        return parts.length >= 3 ? parts[2] : "common";
    }

    private Component userMenu() {
        HorizontalLayout right = new HorizontalLayout();
        right.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        bar.setId("user-menu");
        AppUser user = currentUser.get().orElse(null);
        String label = user == null ? "" : user.displayName() + " · " + getTranslation("role." + user.role());
        var top = bar.addItem(new HorizontalLayout(new Icon(VaadinIcon.USER), new Span(label)));
        SubMenu sub = top.getSubMenu();
        boolean english = "en".equals(getLocale().getLanguage());
        sub.addItem(
                english ? "中文" : "English",
                e -> LocalePreference.choose(english ? BundleI18NProvider.CHINESE : BundleI18NProvider.ENGLISH));
        sub.addItem(
                        getTranslation("account.changePassword"),
                        e -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)))
                .setId("change-password-menu");
        sub.addItem(getTranslation("nav.logout"), e -> authentication.logout()).setId("logout");
        right.add(bar);
        return right;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Keep the drawer out of the way on a phone once the user has picked a page.
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }
}
