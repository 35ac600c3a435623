package cn.dangjian.common.ui.chart;

import cn.dangjian.common.ui.Json;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chart.js chart (MIT, from its WebJar; Vaadin Charts is commercial). Give it labels and one or
 * more datasets; it draws on attach and again after {@link #refresh()}. Shared by points and the
 * dashboards, so it stays generic: line or bar, numbers per label, a colour per dataset.
 */
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
public class ChartJs extends Div {

    /** The chart types this wrapper draws. */
    public enum Type {
        LINE,
        BAR
    }

    /** One series: its legend label, a value per chart label (null for a gap), and a CSS colour. */
    public record Dataset(String label, List<? extends @Nullable Number> values, String color) {}

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

    /** The Chart.js configuration, as {@code executeJs} hands it to the browser. */
    ObjectNode config() {
        ArrayNode ds = Json.array();
        for (Dataset d : datasets) {
            ds.addObject()
                    .put("label", d.label())
                    .set("data", Json.numbers(d.values()))
                    .put("borderColor", d.color())
                    .put("backgroundColor", d.color())
                    .put("tension", 0.25);
        }
        ObjectNode config = Json.object().put("type", type.name().toLowerCase());
        config.putObject("data").set("labels", Json.strings(labels)).set("datasets", ds);
        ObjectNode options = config.putObject("options")
                .put("responsive", true)
                .put("maintainAspectRatio", false)
                .put("animation", false);
        if (stacked) {
            options.putObject("scales")
                    .set("x", Json.object().put("stacked", true))
                    .set("y", Json.object().put("stacked", true));
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
                const el = this; const cfg = $0;
                const draw = (tries) => {
                  if (!window.Chart) { if (tries < 100) setTimeout(() => draw(tries + 1), 50); return; }
                  if (el.__chart) { el.__chart.destroy(); }
                  let canvas = el.querySelector('canvas');
                  if (!canvas) { canvas = document.createElement('canvas'); el.appendChild(canvas); }
                  el.__chart = new window.Chart(canvas, cfg);
                };
                draw(0);""", config());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }
}
