package cn.dangjian.pairing.ui;

import cn.dangjian.pairing.ReviewFigures;
import cn.dangjian.pairing.ReviewItem;
import cn.dangjian.pairing.ReviewService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The reviews kept for a pairing or alliance, newest first; the office starts a new one from here. */
class ReviewsPanel extends VerticalLayout {

    ReviewsPanel(Long pairingId, ReviewService reviews, boolean canReview, Runnable onChange) {
        setPadding(false);
        setId("pairing-reviews");
        if (canReview) {
            Button add = new Button(
                    getTranslation("review.add"),
                    VaadinIcon.CLIPBOARD_CHECK.create(),
                    e -> new ReviewDialog(pairingId, reviews, reviews.prefill(pairingId), onChange).open());
            add.setId("review-add");
            add(add);
        }
        var list = reviews.list(pairingId);
        if (list.isEmpty()) {
            Span none = new Span(getTranslation("review.none"));
            none.addClassName("pairing-muted");
            add(none);
        }
        list.forEach(r -> add(card(r)));
    }

    private Component card(ReviewItem r) {
        ReviewFigures f = r.figures();
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("review-card");
        card.add(new Div(new Span(getTranslation(
                "review.line",
                r.reviewedOn(),
                r.reviewer(),
                getTranslation("enum.ReviewOutcome." + r.outcome()),
                f.periodStart(),
                f.periodEnd()))));
        card.add(new Div(getTranslation(
                "review.figures",
                f.goalsMet(),
                f.goalsTotal(),
                f.jointEvents(),
                f.peopleServed(),
                f.needsClosed(),
                f.needsRated(),
                f.needsSatisfied())));
        if (r.leadComment() != null) {
            card.add(new Div(getTranslation("field.leadComment") + "：" + r.leadComment()));
        }
        if (r.partnerComments() != null) {
            card.add(new Div(getTranslation("field.partnerComments") + "：" + r.partnerComments()));
        }
        return card;
    }
}
