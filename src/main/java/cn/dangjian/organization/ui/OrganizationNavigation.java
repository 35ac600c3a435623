package cn.dangjian.organization.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links into the organisation's views for other features; the views themselves stay package-private. */
public final class OrganizationNavigation {

    private OrganizationNavigation() {}

    public static RouterLink branches() {
        return new RouterLink(BranchesView.class);
    }

    public static RouterLink branch(long branchId) {
        return new RouterLink(BranchDetailView.class, new RouteParameters("branchId", String.valueOf(branchId)));
    }

    public static RouterLink members() {
        return new RouterLink(MembersView.class);
    }

    public static RouterLink health() {
        return new RouterLink(OrganizationHealthView.class);
    }

    /** The members list's address; it reads {@code ?status=} (a {@code MemberStatus}) and {@code &branch=<id>}. */
    public static String membersRoute() {
        return RouteConfiguration.forApplicationScope().getUrl(MembersView.class);
    }
}
