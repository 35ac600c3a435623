package cn.dangjian.dashboard.ui;

import cn.dangjian.common.ui.chart.ChartJs;
import cn.dangjian.common.ui.chart.ChartTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One dashboard tile: its title, its number with the period and scope it counts, the chart, the chart in one
 * sentence, and a button that swaps the chart for its table (the accessible view of the same figures).
 */
class ChartTile extends Div {

    private final ChartJs chart;
    private final Div body = new Div();
    private final Button toggle = new Button();
    private boolean showingTable;

    ChartTile(String id, String title, String value, String caption, ChartJs chart, String labelHeader) {
        this.chart = chart;
        setId(id);
        addClassNames("card", "dash-tile");
        Div number = new Div(value);
        number.addClassName("stat-value");
        number.setId(id + "-value");
        Span scope = new Span(caption);
        scope.addClassName("dash-caption");
        scope.setId(id + "-caption");
        Paragraph summary = new Paragraph(chart.summary());
        summary.addClassName("dash-summary");
        summary.setId(id + "-summary");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setId(id + "-toggle");
        toggle.addClickListener(e -> show(!showingTable, labelHeader));
        body.addClassName("dash-body");
        add(new H3(title), number, scope, body, summary, toggle);
        show(false, labelHeader);
    }

    /** Adds a list under the chart (the overdue duties), which stays when the table is shown. */
    ChartTile withList(Component list) {
        addComponentAtIndex(getComponentCount() - 2, list);
        return this;
    }

    ChartJs chart() {
        return chart;
    }

    boolean showingTable() {
        return showingTable;
    }

    private void show(boolean table, String labelHeader) {
        showingTable = table;
        body.removeAll();
        body.add(table ? new ChartTable(chart, labelHeader) : chart);
        toggle.setText(getTranslation(table ? "dash.showChart" : "dash.showTable"));
    }
}
