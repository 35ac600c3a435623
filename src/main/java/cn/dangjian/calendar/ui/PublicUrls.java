package cn.dangjian.calendar.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs handed out of the console (feed subscriptions, QR codes), built from the request the
 * user is on. Behind a reverse proxy Spring's forwarded-header support rewrites that request, so the
 * links carry the public host and scheme rather than the application server's own.
 */
final class PublicUrls {

    private PublicUrls() {}

    /** The console's root URL ending in "/", or "/" when there is no current request (tests). */
    static String base() {
        if (VaadinServletRequest.getCurrent() instanceof VaadinServletRequest vr) {
            String root = ServletUriComponentsBuilder.fromContextPath(vr.getHttpServletRequest())
                    .build()
                    .toUriString();
            return root.endsWith("/") ? root : root + "/";
        }
        return "/";
    }
}
