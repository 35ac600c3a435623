package cn.dangjian.common.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An address no view answers, or a parameter a view cannot read ({@code /points/member/abc}): replaces
 * Vaadin's development page, which lists every route.
 */
@AnonymousAllowed
public class RouteNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return notFound();
    }
}
