package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.ScoreLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/** An automatic score's evidence: what was counted, as a link to the records it was counted from. */
final class Evidence {

    private Evidence() {}

    static String text(Component c, ScoreLine line) {
        String stored = line.evidenceText();
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String[] parts = stored.split("\\|", -1);
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            args.add(parts[i]);
        }
        if (parts[0].equals("assessment.evidence.rulesBroken") && !args.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String p : args.get(0).toString().split(",")) {
                names.add(c.getTranslation("assessment.problem." + p));
            }
            args.set(0, String.join(c.getTranslation("assessment.separator"), names));
        }
        return c.getTranslation(parts[0], args.toArray());
    }

    /** A link when the records have a page; the counted text alone otherwise (e.g. no data source). */
    static Component of(Component c, ScoreLine line) {
        String text = text(c, line);
        String link = line.evidenceLink();
        if (link == null || link.isBlank()) {
            return new Span(text);
        }
        Anchor a = new Anchor(link, text);
        a.addClassName("evidence-link");
        return a;
    }
}
