package cn.dangjian.pairing.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/** Links into the pairing views for other features; the views themselves stay package-private. */
public final class PairingNavigation {

    private PairingNavigation() {}

    public static RouterLink pairings() {
        return new RouterLink(PairingsView.class);
    }

    /** The pairings list's address; it reads {@code ?health=} (a {@code PairingHealth}) and {@code &branch=<id>}. */
    public static String pairingsRoute() {
        return RouteConfiguration.forApplicationScope().getUrl(PairingsView.class);
    }

    /** The alliance list's address; it reads {@code ?level=} (an {@code AllianceLevel}) and {@code &health=}. */
    public static String alliancesRoute() {
        return RouteConfiguration.forApplicationScope().getUrl(AlliancesView.class);
    }
}
