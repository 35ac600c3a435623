package cn.dangjian.security.ui;

import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A user whose password an administrator chose (new account, reset, bulk creation) can reach nothing but the
 * change-password view until they replace it (ASVS 6.4.x: initial passwords are one-time). Checked on the
 * server for every navigation, so a typed URL or a deep link is rerouted too.
 */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    MustChangePasswordGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class
                || target == LoginView.class
                || event.hasErrorParameter()
                || HasErrorParameter.class.isAssignableFrom(target)) {
            // An error page must render whatever failed, the database included (it would fail again here).
            return;
        }
        if (currentUser.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
