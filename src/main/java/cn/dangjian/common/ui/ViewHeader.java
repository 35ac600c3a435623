package cn.dangjian.common.ui;

import com.vaadin.flow.component.html.H2;

/** The title at the top of a view. */
public final class ViewHeader extends H2 {

    public ViewHeader(String text) {
        super(text);
        addClassName("view-title");
    }
}
