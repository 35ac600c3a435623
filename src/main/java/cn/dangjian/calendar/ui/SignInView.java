package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.SignInResult;
import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Where a scanned QR code lands: signs the member in (after the login, if needed) and says so. */
@Route("calendar/sign-in")
@PermitAll
@StyleSheet("context://styles/calendar.css")
class SignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CalendarUi ui;

    SignInView(CalendarUi ui) {
        this.ui = ui;
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new ViewHeader(getTranslation("calendar.signIn.title")));
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        Span result;
        try {
            SignInResult r = ui.signIns.signIn(token);
            // A late scan is only a request: say so in the colour of "waiting", not of "done".
            result = r == SignInResult.SENT_TO_SECRETARY
                    ? Badges.warning(getTranslation("calendar.signIn." + r))
                    : Badges.ok(getTranslation("calendar.signIn." + r));
        } catch (RuntimeException e) {
            result = Badges.error(Notifier.message(this, e));
        }
        result.setId("sign-in-result");
        add(result, new Paragraph(getTranslation("calendar.signIn.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.signIn.title");
    }
}
