package cn.dangjian.common.ui;

import cn.dangjian.common.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A view opened on a record that does not exist or is outside the viewer's scope (a service said
 * {@link NotFoundException} while the view was being entered): the same page and status as an unknown address.
 */
@AnonymousAllowed
public class RecordNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return notFound();
    }
}
