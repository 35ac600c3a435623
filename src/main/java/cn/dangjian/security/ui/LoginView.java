package cn.dangjian.security.ui;

import cn.dangjian.common.db.DatabaseFailures;
import cn.dangjian.common.i18n.BundleI18NProvider;
import cn.dangjian.common.i18n.LocalePreference;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        boolean english = "en".equals(getLocale().getLanguage());
        Button language = new Button(
                english ? "中文" : "English",
                e -> LocalePreference.choose(english ? BundleI18NProvider.CHINESE : BundleI18NProvider.ENGLISH));
        language.addThemeVariants(ButtonVariant.TERTIARY);
        language.setId("language-switch");

        add(new H1(getTranslation("app.title")), new Paragraph(getTranslation("login.subtitle")), login, language);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && databaseWasAway()) {
            // Not the user's mistake: say so, or they would retype a correct password and be locked out.
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("error.page.unavailable.title"));
            i18n.getErrorMessage().setMessage(getTranslation("error.databaseUnavailable"));
            login.setI18n(i18n);
        }
        login.setError(failed);
    }

    /** Spring Security keeps the last sign-in failure in the HTTP session for the login page. */
    private static boolean databaseWasAway() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Throwable t && DatabaseFailures.isUnavailable(t);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
