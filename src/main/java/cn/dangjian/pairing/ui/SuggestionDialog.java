package cn.dangjian.pairing.ui;

import cn.dangjian.organization.BranchRef;
import cn.dangjian.pairing.PairingOverviewService;
import cn.dangjian.pairing.PartnerSuggestionRule;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;

/** Candidate functional partners for an unpaired branch, each explained in words. */
class SuggestionDialog extends Dialog {

    SuggestionDialog(PairingOverviewService overview, BranchRef served, boolean canCreate, Consumer<Long> createWith) {
        setHeaderTitle(getTranslation("pairing.suggest.title", served.name()));
        setWidth("min(640px, 100vw)");
        List<PartnerSuggestionRule.Suggestion> suggestions = overview.suggestPartners(served.id());
        if (suggestions.isEmpty()) {
            add(new Paragraph(getTranslation("pairing.suggest.none")));
        }
        int i = 0;
        for (PartnerSuggestionRule.Suggestion s : suggestions) {
            Div card = new Div();
            card.addClassName("card");
            card.setId("suggestion-" + i);
            card.add(new H4((i + 1) + ". " + s.candidate().name()));
            StringBuilder why = new StringBuilder();
            for (PartnerSuggestionRule.Reason r : s.reasons()) {
                why.append(getTranslation(r.key(), r.args().toArray()))
                        .append(getTranslation("pairing.suggest.separator"));
            }
            card.add(new Paragraph(getTranslation("pairing.suggest.because", served.name(), why.toString())));
            if (canCreate) {
                Button create = new Button(getTranslation("pairing.suggest.create"), e -> {
                    close();
                    createWith.accept(s.candidate().branchId());
                });
                create.setId("suggestion-create-" + i);
                create.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                card.add(create);
            }
            add(card);
            i++;
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
