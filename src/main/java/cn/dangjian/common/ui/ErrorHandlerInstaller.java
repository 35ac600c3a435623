package cn.dangjian.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Any failure a view did not handle becomes a readable message instead of a stack trace. */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        ui.access(() -> Notifier.error(ui, error.getThrowable()));
                    }
                }));
    }
}
