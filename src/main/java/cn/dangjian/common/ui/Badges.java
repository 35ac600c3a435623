package cn.dangjian.common.ui;

import com.vaadin.flow.component.html.Span;

public final class Badges {

    private Badges() {}

    public static Span warning(String text) {
        return badge(text, "warning-badge");
    }

    public static Span error(String text) {
        return badge(text, "error-badge");
    }

    public static Span ok(String text) {
        return badge(text, "ok-badge");
    }

    private static Span badge(String text, String cls) {
        Span s = new Span(text);
        s.addClassName(cls);
        return s;
    }
}
