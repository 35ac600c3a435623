package cn.dangjian.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The body of the console's error views: a title, one sentence and a way home, in the viewer's language.
 * It stands alone (no side navigation) so that it also serves a visitor who is not signed in.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final H2 title = new H2();
    private final Paragraph text = new Paragraph();
    private String titleKey = "error.page.notFound.title";

    ErrorPage() {
        addClassName("view");
        addClassName("error-page");
        setId("error-page");
        title.setId("error-title");
        text.setId("error-text");
        Anchor home = new Anchor("", getTranslation("error.page.home"));
        home.setId("error-home");
        add(title, text, home);
    }

    /** Shows the page; the same keys for "does not exist" and "not yours", so neither gives the other away. */
    final void show(String titleKey, String textKey) {
        this.titleKey = titleKey;
        title.setText(getTranslation(titleKey));
        text.setText(getTranslation(textKey));
    }

    /** Shows the not-found page, the one every refusal to show a page or record ends on. */
    final int notFound() {
        show("error.page.notFound.title", "error.notFound");
        return 404;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
