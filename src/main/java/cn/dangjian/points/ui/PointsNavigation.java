package cn.dangjian.points.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/** Links into the points views for other features; the views themselves stay package-private. */
public final class PointsNavigation {

    private PointsNavigation() {}

    /** The signed-in member's own points (the view without a member id). */
    public static RouterLink ownPoints() {
        return new RouterLink(MemberPointsView.class);
    }

    public static RouterLink approvals() {
        return new RouterLink(ApprovalView.class);
    }

    /** A branch's members with their scores; it reads {@code ?branch=<id>&year=}. */
    public static String branchPointsRoute() {
        return RouteConfiguration.forApplicationScope().getUrl(BranchPointsView.class);
    }

    /** The annual evaluation; it reads {@code ?year=}. */
    public static String evaluationRoute() {
        return RouteConfiguration.forApplicationScope().getUrl(EvaluationView.class);
    }
}
