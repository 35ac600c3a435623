package cn.dangjian.common.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A Chart.js chart (MIT, from its WebJar; Vaadin Charts is commercial). Give it labels and one or
 * more datasets; it draws on attach and again after {@link #refresh()}. Shared by points and the
 * dashboards, so it stays generic: line or bar, numbers per label, a colour per dataset.
 */
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
public class ChartJs extends Div {

    /** The chart types this wrapper draws. */
    public enum Type {
        LINE, BAR
    }

    /** One series: its legend label, a value per chart label, and a CSS colour. */
    public record Dataset(String label, List<? extends Number> values, String color) {
    }

    private final Type type;
    private List<String> labels = List.of();
    private final List<Dataset> datasets = new ArrayList<>();
    private boolean stacked;

    public ChartJs(Type type) {
        this.type = type;
        addClassName("chartjs");
        setWidthFull();
        setHeight("280px");
    }

    public ChartJs setLabels(List<String> labels) {
        this.labels = List.copyOf(labels);
        return this;
    }

    public ChartJs addDataset(Dataset dataset) {
        datasets.add(dataset);
        return this;
    }

    public ChartJs clearDatasets() {
        datasets.clear();
        return this;
    }

    public ChartJs setStacked(boolean stacked) {
        this.stacked = stacked;
        return this;
    }

    /** The Chart.js configuration as JSON (visible to tests). */
    public String configJson() {
        StringJoiner ds = new StringJoiner(",", "[", "]");
        for (Dataset d : datasets) {
            StringJoiner values = new StringJoiner(",", "[", "]");
            d.values().forEach(v -> values.add(String.valueOf(v)));
            ds.add("{\"label\":" + quote(d.label()) + ",\"data\":" + values + ",\"borderColor\":" + quote(d.color())
                    + ",\"backgroundColor\":" + quote(d.color()) + ",\"tension\":0.25}");
        }
        StringJoiner ls = new StringJoiner(",", "[", "]");
        labels.forEach(l -> ls.add(quote(l)));
        String scales = stacked ? ",\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true}}" : "";
        return "{\"type\":\"" + type.name().toLowerCase() + "\",\"data\":{\"labels\":" + ls + ",\"datasets\":" + ds
                + "},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false" + scales + "}}";
    }

    /** Redraws with the current labels and datasets. */
    public void refresh() {
        getElement().executeJs("""
                const el = this; const cfg = JSON.parse($0);
                const draw = (tries) => {
                  if (!window.Chart) { if (tries < 100) setTimeout(() => draw(tries + 1), 50); return; }
                  if (el.__chart) { el.__chart.destroy(); }
                  let canvas = el.querySelector('canvas');
                  if (!canvas) { canvas = document.createElement('canvas'); el.appendChild(canvas); }
                  el.__chart = new window.Chart(canvas, cfg);
                };
                draw(0);""", configJson());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
