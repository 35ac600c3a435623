package cn.dangjian.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A grid's export read back with POI: registered columns keep their type, plain columns are the text the grid
 * shows (so identifiers that look like numbers stay text), component columns are left out unless given a value.
 */
class GridExportTest {

    record Row(String name, String staffNumber, int points, double hours, LocalDate joined, String note) {}

    private static final List<Row> ROWS = List.of(
            new Row("张三", "00123", 83, 12.5, LocalDate.of(2010, 7, 1), "=1+1"),
            new Row("李四", "12345", -5, 0, LocalDate.of(2019, 3, 2), "好"));

    @BeforeEach
    void ui() {
        UI.setCurrent(new UI()); // a grid needs one, even off screen
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    private static XSSFSheet export(Grid<Row> grid) throws Exception {
        grid.setItems(ROWS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GridExport.of(grid, "test").writeTo(out, null, (done, total) -> {});
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    private static Grid<Row> grid() {
        Grid<Row> grid = new Grid<>(Row.class, false);
        grid.addColumn(Row::name).setHeader("姓名");
        grid.addColumn(Row::staffNumber).setHeader("工号");
        ExportedColumns.add(grid, Row::points).setHeader("积分");
        ExportedColumns.add(grid, Row::hours).setHeader("学时");
        ExportedColumns.add(grid, Row::joined).setHeader("入党日期");
        grid.addColumn(Row::note).setHeader("备注");
        grid.addComponentColumn(r -> new Span(r.name())).setHeader("标识");
        return grid;
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    @Test
    void registered_columns_keep_their_type() throws Exception {
        XSSFSheet sheet = export(grid());
        XSSFCell points = sheet.getRow(2).getCell(2);
        assertThat(points.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(points.getNumericCellValue()).isEqualTo(-5);
        assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(12.5);
        XSSFCell joined = sheet.getRow(1).getCell(4);
        assertThat(DateUtil.isCellDateFormatted(joined)).isTrue();
        assertThat(joined.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2010, 7, 1));
    }

    @Test
    void plain_columns_are_the_text_shown_and_identifiers_stay_text() throws Exception {
        XSSFSheet sheet = export(grid());
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("张三");
        for (int r = 1; r <= 2; r++) {
            assertThat(sheet.getRow(r).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("00123");
        assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("12345");
        // formula-like text is escaped, never evaluated
        assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("'=1+1");
    }

    @Test
    void component_columns_are_left_out_unless_given_a_value_and_hidden_columns_too() throws Exception {
        Grid<Row> grid = grid();
        assertThat(headers(export(grid))).containsExactly("姓名", "工号", "积分", "学时", "入党日期", "备注");
        GridExport.of(grid, "x").column(grid.getColumns().get(6), Row::name);
        grid.getColumns().get(1).setVisible(false);
        XSSFSheet sheet = export(grid);
        assertThat(headers(sheet)).containsExactly("姓名", "积分", "学时", "入党日期", "备注", "标识");
        assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("李四");
    }
}
