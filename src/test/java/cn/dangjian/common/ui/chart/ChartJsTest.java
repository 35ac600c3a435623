package cn.dangjian.common.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsTest {

    @Test
    void config_carries_labels_datasets_and_escapes_text() {
        ChartJs chart = new ChartJs(ChartJs.Type.LINE).setLabels(List.of("1月", "2\"月"))
                .addDataset(new ChartJs.Dataset("积分", List.of(60, 65), "#c8161d"));
        String json = chart.configJson();
        assertThat(json).startsWith("{\"type\":\"line\"").contains("\"labels\":[\"1月\",\"2\\\"月\"]")
                .contains("\"data\":[60,65]").contains("\"label\":\"积分\"");
    }

    @Test
    void the_webjar_script_is_where_the_annotation_says() {
        String path = ChartJs.class.getAnnotation(com.vaadin.flow.component.dependency.JavaScript.class).value()
                .replace("context://", "META-INF/resources/");
        assertThat(ChartJs.class.getClassLoader().getResource(path)).isNotNull();
    }
}
