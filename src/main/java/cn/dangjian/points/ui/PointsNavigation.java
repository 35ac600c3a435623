package cn.dangjian.points.ui;

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
}
