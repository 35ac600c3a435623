package cn.dangjian.dashboard.ui;

import cn.dangjian.common.ui.chart.ChartJs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the tile builders share: month labels, the chart size of the screen, and small text helpers. */
abstract class Tiles {

    /** Larger type on the meeting-room screen; 0 for the ordinary dashboards. */
    final int fontSize;

    final Component i18n;

    Tiles(Component i18n, int fontSize) {
        this.i18n = i18n;
        this.fontSize = fontSize;
    }

    String t(String key, Object... params) {
        return i18n.getTranslation(key, params);
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.getDefault() : ui.getLocale();
    }

    List<String> months() {
        List<String> labels = new ArrayList<>(12);
        for (Month m : Month.values()) {
            labels.add(m.getDisplayName(TextStyle.SHORT, locale()));
        }
        return labels;
    }

    ChartJs chart(ChartJs.Type type) {
        ChartJs chart = new ChartJs(type);
        if (fontSize > 0) {
            chart.setFontSize(fontSize);
            chart.setHeight("60vh");
        }
        return chart;
    }

    static String percent(@Nullable Integer p) {
        return p == null || p < 0 ? "—" : p + "%";
    }

    /** The lowest month of a series, as "label (n%)", or "—" when no month has a value. */
    String lowest(List<@Nullable Integer> values) {
        int best = -1;
        for (int i = 0; i < values.size(); i++) {
            Integer v = values.get(i);
            if (v != null && (best < 0 || v < Objects.requireNonNull(values.get(best)))) {
                best = i;
            }
        }
        return best < 0 ? "—" : months().get(best) + " (" + percent(values.get(best)) + ")";
    }

    static String year(int year) {
        return String.valueOf(year);
    }
}
