package cn.dangjian.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.ui.GridExport.Snapshot;
import com.vaadin.flow.component.grid.ColumnPathRenderer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** What the grid hands over as text goes into the file typed; what only looks like a number stays text. */
class GridExportTest {

    @Test
    void plain_numbers_dates_and_times_become_typed_cells() {
        assertThat(Snapshot.typed("83")).isEqualTo(83L);
        assertThat(Snapshot.typed("-5")).isEqualTo(-5L);
        assertThat(Snapshot.typed("0")).isEqualTo(0L);
        assertThat(Snapshot.typed("12.5")).isEqualTo(new BigDecimal("12.5"));
        assertThat(Snapshot.typed("2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Snapshot.typed("2026-03-01 09:30")).isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 30));
    }

    @Test
    void staff_numbers_ids_and_words_stay_text() {
        assertThat(Snapshot.typed("00123")).isEqualTo("00123");
        assertThat(Snapshot.typed("110101199003071234")).isEqualTo("110101199003071234");
        assertThat(Snapshot.typed("C08")).isEqualTo("C08");
        assertThat(Snapshot.typed("=1+1")).isEqualTo("=1+1");
        assertThat(Snapshot.typed("")).isEqualTo("");
    }

    @Test
    void vaadin_still_keeps_the_column_value_where_the_export_reads_it() throws Exception {
        assertThat(ColumnPathRenderer.class.getDeclaredField("provider")).isNotNull();
    }
}
