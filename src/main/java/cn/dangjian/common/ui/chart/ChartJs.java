package cn.dangjian.common.ui.chart;

import cn.dangjian.common.ui.Json;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chart.js chart (MIT, from its WebJar; Vaadin Charts is commercial). Give it labels and one or
 * more datasets; it draws on attach and again after {@link #refresh()}. Shared by points and the
 * dashboards, so it stays generic: line, bar (optionally stacked) or doughnut, numbers per label, a colour
 * per dataset (or per element for a doughnut), and clicks on an element reported to the server.
 */
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
public class ChartJs extends Div {

    /** The chart types this wrapper draws. */
    public enum Type {
        LINE,
        BAR,
        DOUGHNUT
    }

    /**
     * One series: its legend label, a value per chart label (null for a gap), and a CSS colour; a doughnut
     * takes one colour per element instead ({@code elementColors}, empty for the series colour).
     */
    public record Dataset(
            String label, List<? extends @Nullable Number> values, String color, List<String> elementColors) {

        public Dataset(String label, List<? extends @Nullable Number> values, String color) {
            this(label, values, color, List.of());
        }
    }

    /** A click on one element: which dataset and which label (both counted from 0). */
    public record Click(int dataset, int index) {}

    /** Receives clicks on the chart's elements. */
    @FunctionalInterface
    public interface ClickListener {
        void onClick(Click click);
    }

    private final Type type;
    private List<String> labels = List.of();
    private final List<Dataset> datasets = new ArrayList<>();
    private final List<ClickListener> clickListeners = new ArrayList<>();
    private boolean stacked;
    private @Nullable Integer yMax;
    private int fontSize;
    private String summary = "";

    public ChartJs(Type type) {
        this.type = type;
        addClassName("chartjs");
        setWidthFull();
        setHeight("280px");
        // Browsers that draw no canvas for screen readers get the summary as the image's text.
        getElement().setAttribute("role", "img");
        getElement()
                .addEventListener(
                        "chart-click",
                        e -> fireClick(new Click(
                                e.getEventData().get("event.detail.dataset").asInt(),
                                e.getEventData().get("event.detail.index").asInt())))
                .addEventData("event.detail.dataset")
                .addEventData("event.detail.index");
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

    /** Fixes the value axis at 0..max (e.g. 100 for percentages) so that two charts compare by eye. */
    public ChartJs setYMax(int max) {
        this.yMax = max;
        return this;
    }

    /** Larger type for a wall screen; 0 keeps Chart.js's default. */
    public ChartJs setFontSize(int pixels) {
        this.fontSize = pixels;
        return this;
    }

    /** The chart in one sentence, for screen readers (aria-label) and as the text under it. */
    public ChartJs setSummary(String summary) {
        this.summary = summary;
        getElement().setAttribute("aria-label", summary);
        return this;
    }

    public String summary() {
        return summary;
    }

    public Type type() {
        return type;
    }

    public List<String> labels() {
        return labels;
    }

    public List<Dataset> datasets() {
        return List.copyOf(datasets);
    }

    /** Clicks on elements; with a listener the pointer turns into a hand over them. */
    public Registration addChartClickListener(ClickListener listener) {
        clickListeners.add(listener);
        return () -> clickListeners.remove(listener);
    }

    public boolean isClickable() {
        return !clickListeners.isEmpty();
    }

    /** What a click on an element does; the browser reaches it through a DOM event, the table and tests directly. */
    public void fireClick(Click click) {
        if (click.dataset() >= 0
                && click.dataset() < datasets.size()
                && click.index() >= 0
                && click.index() < labels.size()) {
            List.copyOf(clickListeners).forEach(l -> l.onClick(click));
        }
    }

    /** The Chart.js configuration, as {@code executeJs} hands it to the browser. */
    ObjectNode config() {
        ArrayNode ds = Json.array();
        for (Dataset d : datasets) {
            ObjectNode node = ds.addObject()
                    .put("label", d.label())
                    .set("data", Json.numbers(d.values()))
                    .put("borderColor", d.color())
                    .put("tension", 0.25);
            if (d.elementColors().isEmpty()) {
                node.put("backgroundColor", d.color());
            } else {
                node.set("backgroundColor", Json.strings(d.elementColors()));
                node.put("borderColor", "#ffffff");
            }
        }
        ObjectNode config = Json.object().put("type", type.name().toLowerCase());
        config.putObject("data").set("labels", Json.strings(labels)).set("datasets", ds);
        ObjectNode options = config.putObject("options")
                .put("responsive", true)
                .put("maintainAspectRatio", false)
                .put("animation", false);
        if (type != Type.DOUGHNUT) {
            ObjectNode x = Json.object().put("stacked", stacked);
            ObjectNode y = Json.object().put("stacked", stacked).put("beginAtZero", true);
            if (yMax != null) {
                y.put("max", yMax);
            }
            if (fontSize > 0) {
                x.putObject("ticks").putObject("font").put("size", fontSize);
                y.putObject("ticks").putObject("font").put("size", fontSize);
            }
            options.putObject("scales").set("x", x).set("y", y);
        }
        if (fontSize > 0) {
            options.putObject("plugins")
                    .putObject("legend")
                    .putObject("labels")
                    .putObject("font")
                    .put("size", fontSize);
        }
        return config;
    }

    /** The Chart.js configuration as JSON text (visible to tests). */
    public String configJson() {
        return config().toString();
    }

    /** Redraws with the current labels and datasets. */
    public void refresh() {
        getElement().executeJs("""
                const el = this; const cfg = $0; const clickable = $1;
                if (clickable) {
                  cfg.options.onClick = (evt, els) => {
                    if (els.length) el.dispatchEvent(new CustomEvent('chart-click',
                        {detail: {dataset: els[0].datasetIndex, index: els[0].index}}));
                  };
                  cfg.options.onHover = (evt, els) => {
                    evt.native.target.style.cursor = els.length ? 'pointer' : 'default';
                  };
                }
                const draw = (tries) => {
                  if (!window.Chart) { if (tries < 100) setTimeout(() => draw(tries + 1), 50); return; }
                  if (el.__chart) { el.__chart.destroy(); }
                  let canvas = el.querySelector('canvas');
                  if (!canvas) { canvas = document.createElement('canvas'); el.appendChild(canvas); }
                  el.__chart = new window.Chart(canvas, cfg);
                };
                draw(0);""", config(), isClickable());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }
}
