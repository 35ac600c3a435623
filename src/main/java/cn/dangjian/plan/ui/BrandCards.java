package cn.dangjian.plan.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.plan.BrandCard;
import cn.dangjian.plan.BrandPage;
import cn.dangjian.plan.BrandService;
import cn.dangjian.plan.BrandState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Small pieces the brand views share: a labelled text card, a wall card, the evidence line, the comment dialog. */
final class BrandCards {

    private BrandCards() {}

    static Div text(Component ctx, String key, @Nullable String value) {
        Div card = new Div();
        card.addClassName("card");
        Span label = new Span(ctx.getTranslation(key));
        label.getStyle().set("font-weight", "600");
        Paragraph body = new Paragraph(value == null ? "—" : value);
        body.getStyle().set("white-space", "pre-line");
        card.add(label, body);
        return card;
    }

    /** One branch on the wall: its brand, slogan, state, months with results and targets met. */
    /** {@code linked}: the viewer may open the brand page (the office, leaders, the branch itself). */
    static Div wall(Component ctx, BrandCard c, boolean linked) {
        Div card = new Div();
        card.addClassNames("card", "brand-card");
        if (linked) {
            RouterLink link = new RouterLink(
                    c.branchName(), BrandView.class, new RouteParameters("branchId", String.valueOf(c.branchId())));
            link.getStyle().set("font-weight", "600");
            card.add(link);
        } else {
            Span name = new Span(c.branchName());
            name.getStyle().set("font-weight", "600");
            card.add(name);
        }
        if (c.brandId() == null || c.state() == null) {
            card.add(new Paragraph(ctx.getTranslation("plan.brand.none")));
            return card;
        }
        String state = ctx.getTranslation("plan.brandState." + c.state());
        card.add(
                new Paragraph(Objects.requireNonNullElse(c.name(), "")),
                c.state() == BrandState.APPROVED ? Badges.ok(state) : Badges.warning(state));
        if (c.slogan() != null) {
            Paragraph slogan = new Paragraph("“" + c.slogan() + "”");
            slogan.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(slogan);
        }
        ProgressBar months = new ProgressBar(0, 12, c.monthsWithResults());
        card.add(
                new Span(ctx.getTranslation("plan.brand.monthsWithResults", c.monthsWithResults())),
                months,
                new Span(ctx.getTranslation("plan.brand.targetsProgress", c.targetsMet(), c.targetCount())));
        return card;
    }

    /** The month's evidence: held events and files as text, closed needs as links to where they are recorded. */
    static Component evidence(Component ctx, BrandPage.MonthRow m) {
        if (!m.withEvidence()) {
            return new Span(ctx.getTranslation("plan.brand.noEvidence"));
        }
        Div list = new Div();
        list.addClassName("brand-evidence");
        m.events().forEach(e -> list.add(new Div(e.heldDate() + " " + e.title())));
        m.needs().forEach(n -> {
            // A need addressed to a pairing or alliance shows on its page; one from the open list on the lists.
            Anchor link = new Anchor(
                    n.pairingId() == null ? "lists" : "pairings/" + n.pairingId(),
                    ctx.getTranslation("plan.brand.needLink", n.closedOn().toString(), n.title()));
            link.setId("month-need-" + n.id());
            // The grid cuts long lines; the whole title shows on hover.
            link.getElement().setAttribute("title", link.getText());
            list.add(new Div(link));
        });
        m.files().forEach(f -> list.add(new Div(f)));
        return list;
    }

    static void comment(Component ctx, BrandService brands, BrandPage.MonthRow m, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ctx.getTranslation("plan.brand.commentAction"));
        TextArea text = new TextArea(ctx.getTranslation("plan.brand.officeComment"));
        text.setValue(Objects.requireNonNullElse(m.officeComment(), ""));
        text.setMaxLength(500);
        text.setWidth("400px");
        dialog.add(text);
        Button save = new Button(ctx.getTranslation("action.save"), e -> {
            if (Notifier.attempt(ctx, () -> brands.comment(m.id(), text.getValue()), "plan.saved")) {
                dialog.close();
                done.run();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(ctx.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
