package cn.dangjian.pairing.ui;

import cn.dangjian.pairing.PairingDetail;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A pairing's lifecycle history: who moved it to which status when, with their note. */
class HistoryCard extends Div {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    HistoryCard(PairingDetail d) {
        addClassName("card");
        add(new H3(getTranslation("pairing.history")));
        for (PairingDetail.TransitionItem t : d.transitions()) {
            String text = getTranslation(
                    "pairing.history.line",
                    AT.format(t.at()),
                    t.actor(),
                    getTranslation("enum.PairingStatus." + t.to()));
            Div line = new Div(new Span(text));
            if (t.note() != null) {
                Span note = new Span(" — " + t.note());
                note.addClassName("pairing-muted");
                line.add(note);
            }
            add(line);
        }
    }
}
