package cn.dangjian.points.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.points.Band;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** A band as a coloured badge. */
final class BandBadge {

    private BandBadge() {}

    static Span of(Component context, Band band) {
        String text = context.getTranslation("enum.Band." + band);
        Span s = switch (band) {
            case EXCELLENT, GOOD -> Badges.ok(text);
            case PASS -> Badges.warning(text);
            case FAIL -> Badges.error(text);
        };
        s.addClassName("band-badge");
        return s;
    }
}
