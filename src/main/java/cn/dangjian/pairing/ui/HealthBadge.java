package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.PairingHealthRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** Alive / slowing / dormant as a coloured badge whose tooltip gives the reason in words. */
final class HealthBadge {

    private HealthBadge() {}

    static Span of(Component context, PairingHealthRule.@Nullable Verdict verdict) {
        if (verdict == null) {
            Span none = new Span("—");
            none.getElement().setAttribute("data-health", "NONE");
            return none;
        }
        String label = context.getTranslation("enum.PairingHealth." + verdict.health());
        Span badge = verdict.health() == PairingHealth.ALIVE
                ? Badges.ok(label)
                : verdict.health() == PairingHealth.SLOWING ? Badges.warning(label) : Badges.error(label);
        badge.getElement().setAttribute("title", reason(context, verdict));
        badge.getElement().setAttribute("data-health", verdict.health().name());
        return badge;
    }

    static String reason(Component context, PairingHealthRule.Verdict verdict) {
        return context.getTranslation(verdict.reasonKey(), verdict.reasonArgs().toArray());
    }
}
