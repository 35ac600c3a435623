package cn.dangjian.common.ui.chart;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A chart's numbers as a plain table (labels down, datasets across), for screen readers, keyboards and
 * anyone who wants the figures. In a clickable chart each number is a button that does what a click on its
 * element does, so the list behind a chart is reachable without a pointer.
 */
public class ChartTable extends NativeTable {

    public ChartTable(ChartJs chart, String labelHeader) {
        addClassName("chart-table");
        setCaptionText(chart.summary());
        NativeTableRow head = getHead().addRow();
        head.addHeaderCell().setText(labelHeader);
        List<ChartJs.Dataset> datasets = chart.datasets();
        datasets.forEach(d -> head.addHeaderCell().setText(d.label()));
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setMaximumFractionDigits(1);
        List<String> labels = chart.labels();
        for (int i = 0; i < labels.size(); i++) {
            NativeTableRow row = getBody().addRow();
            row.addHeaderCell().setText(labels.get(i));
            for (int d = 0; d < datasets.size(); d++) {
                List<? extends @Nullable Number> values = datasets.get(d).values();
                Number v = i < values.size() ? values.get(i) : null;
                String text = v == null ? "—" : format.format(v);
                if (chart.isClickable() && v != null) {
                    ChartJs.Click click = new ChartJs.Click(d, i);
                    Button open = new Button(text, e -> chart.fireClick(click));
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    open.addClassName("chart-table-open");
                    row.addDataCell().add(open);
                } else {
                    row.addDataCell().setText(text);
                }
            }
        }
    }
}
