package cn.dangjian.common.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.JavaScript;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsTest {

    @Test
    void config_carries_labels_datasets_and_escapes_text() {
        ChartJs chart = new ChartJs(ChartJs.Type.LINE)
                .setLabels(List.of("1月", "2\"月"))
                .addDataset(new ChartJs.Dataset("积分", List.of(60, 65), "#c8161d"));
        String json = chart.configJson();
        assertThat(json)
                .startsWith("{\"type\":\"line\"")
                .contains("\"labels\":[\"1月\",\"2\\\"月\"]")
                .contains("\"data\":[60,65]")
                .contains("\"label\":\"积分\"");
    }

    @Test
    void a_missing_value_is_a_gap_and_stacked_charts_stack_both_axes() {
        ChartJs chart = new ChartJs(ChartJs.Type.BAR)
                .setLabels(List.of("1月", "2月"))
                .setStacked(true)
                .addDataset(new ChartJs.Dataset("积分", Arrays.asList(60, null), "#c8161d"));
        assertThat(chart.configJson())
                .contains("\"data\":[60,null]")
                .contains("\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true");
    }

    @Test
    void the_webjar_script_is_where_the_annotation_says() {
        String path =
                ChartJs.class.getAnnotation(JavaScript.class).value().replace("context://", "META-INF/resources/");
        assertThat(ChartJs.class.getClassLoader().getResource(path)).isNotNull();
    }
}
