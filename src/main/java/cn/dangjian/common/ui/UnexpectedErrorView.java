package cn.dangjian.common.ui;

import cn.dangjian.common.db.DatabaseFailures;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any other failure while entering a view: logged for the administrator, never a stack trace on screen. */
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseFailures.isUnavailable(parameter.getCaughtException())) {
            // Not a defect: the database is restarting or a cluster node is gone. Say so, and that it passes.
            log.warn(
                    "Navigation to {} failed: database unavailable",
                    event.getLocation().getPath());
            show("error.page.unavailable.title", "error.databaseUnavailable");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Navigation to {} failed", event.getLocation().getPath(), parameter.getCaughtException());
        show("error.page.unexpected.title", "error.unexpected");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
