package cn.dangjian.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streamed writer read back with Apache POI: types, escaping, the frozen header and the widths. */
class XlsxWriterTest {

    private static XSSFWorkbook write(List<List<?>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out)) {
            XlsxWriter.Sheet sheet = xlsx.sheet("党员名册", List.of("姓名", "分数", "入党日期", "时间", "备注"));
            rows.forEach(sheet::row);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void numbers_stay_numbers_and_dates_stay_dates() throws Exception {
        try (XSSFWorkbook wb = write(
                List.of(List.of("张三", 87.5, LocalDate.of(2010, 7, 1), LocalDateTime.of(2026, 3, 2, 9, 30), "好")))) {
            XSSFSheet s = wb.getSheet("党员名册");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            XSSFCell score = s.getRow(1).getCell(1);
            assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(score.getNumericCellValue()).isEqualTo(87.5);
            XSSFCell joined = s.getRow(1).getCell(2);
            assertThat(joined.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(joined)).isTrue();
            assertThat(joined.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2010, 7, 1));
            XSSFCell at = s.getRow(1).getCell(3);
            assertThat(DateUtil.isCellDateFormatted(at)).isTrue();
            assertThat(at.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 30));
        }
    }

    @Test
    void an_instant_is_written_in_the_hospital_zone() throws Exception {
        try (XSSFWorkbook wb =
                write(List.of(List.of("a", 1, LocalDate.of(2020, 1, 1), Instant.parse("2026-01-01T00:00:00Z"))))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(3).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 1, 1, 8, 0));
        }
    }

    @Test
    void text_that_looks_like_a_formula_is_a_string_cell_with_an_apostrophe() throws Exception {
        List<String> evil = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd");
        try (XSSFWorkbook wb = write(evil.stream().<List<?>>map(t -> List.of(t)).toList())) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int i = 0; i < evil.size(); i++) {
                XSSFCell c = s.getRow(i + 1).getCell(0);
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).isEqualTo("'" + evil.get(i));
            }
        }
        assertThat(XlsxWriter.safeText("普通文本")).isEqualTo("普通文本");
        assertThat(XlsxWriter.safeText("")).isEmpty();
    }

    @Test
    void header_is_frozen_and_columns_are_sized_to_their_content() throws Exception {
        try (XSSFWorkbook wb = write(List.of(List.of("一个相当长的党支部名称用来测宽度", 1)))) {
            XSSFSheet s = wb.getSheetAt(0);
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getRow(0).getCell(0).getCellStyle().getFont().getBold())
                    .isTrue();
            // 16 CJK characters count as 32 columns of width, wider than the short "分数" column
            assertThat(s.getColumnWidth(0)).isGreaterThan(30 * 256);
            assertThat(s.getColumnWidth(0)).isGreaterThan(s.getColumnWidth(1));
        }
    }

    @Test
    void many_rows_stream_through_in_order() throws Exception {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            rows.add(List.of("党员" + i, i));
        }
        try (XSSFWorkbook wb = write(rows)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(2_345);
            assertThat(s.getRow(2_345).getCell(1).getNumericCellValue()).isEqualTo(2_344);
            assertThat(s.getRow(1_000).getCell(0).getStringCellValue()).isEqualTo("党员999");
        }
    }

    @Test
    void sheet_names_are_made_acceptable_to_excel() {
        assertThat(XlsxWriter.sheetName("a/b[c]:d*e?f\\g")).isEqualTo("a b c  d e f g");
        assertThat(XlsxWriter.sheetName("x".repeat(40))).hasSize(31);
        assertThat(XlsxWriter.sheetName(" ")).isEqualTo("Sheet");
    }
}
