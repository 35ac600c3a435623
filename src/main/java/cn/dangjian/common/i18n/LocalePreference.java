package cn.dangjian.common.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Chinese unless the user chose English: the choice lives in a cookie, so it survives sign-in
 * and the browser's own language does not override the console's default.
 */
@Component
public class LocalePreference implements VaadinServiceInitListener {

    static final String COOKIE = "dangjian-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(fromRequest(VaadinRequest.getCurrent())));
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request != null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return BundleI18NProvider.ENGLISH;
                }
            }
        }
        return BundleI18NProvider.CHINESE;
    }

    /** Switches the language for this browser and reloads the page in it. */
    public static void choose(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, "en".equals(locale.getLanguage()) ? "en" : "zh");
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
            ui.getPage().reload();
        }
    }
}
