package cn.dangjian.common.ui;

import com.vaadin.flow.component.html.H2;
import org.jspecify.annotations.NullMarked;

/** The title at the top of a view. */
@NullMarked
public final class ViewHeader extends H2 {

    public ViewHeader(String text) {
        super(text);
        addClassName("view-title");
    }
}
