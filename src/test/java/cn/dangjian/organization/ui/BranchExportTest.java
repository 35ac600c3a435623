package cn.dangjian.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.ui.GridExport;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The branches grid's 导出 read back with POI: columns registered with their typed value (counts, the term's end)
 * are numbers and dates, plain columns the text shown (branch codes), badge columns left out.
 */
@IntegrationTest
class BranchExportTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(Demo.ADMIN)
    @SuppressWarnings("unchecked")
    void counts_are_numbers_codes_text_and_term_ends_dates() throws Exception {
        navigate(BranchesView.class);
        Grid<BranchSummary> grid = $(Grid.class).id("branch-grid");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        $(GridExport.class).single().writeTo(out, VaadinSession.getCurrent(), (done, total) -> {});
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        List<Grid.Column<BranchSummary>> columns = grid.getColumns();
        int code = headers.indexOf(columns.get(0).getHeaderText());
        int members = headers.indexOf(columns.get(4).getHeaderText());
        int termEnd = headers.indexOf(columns.get(7).getHeaderText());
        assertThat(code).isNotNegative();
        assertThat(members).isNotNegative();
        assertThat(termEnd).isNotNegative();
        assertThat(headers).doesNotContain(columns.get(8).getHeaderText()); // the warning badges
        int rows = test(grid).size();
        assertThat(sheet.getLastRowNum()).isEqualTo(rows);
        boolean sawDate = false;
        for (int i = 0; i < rows; i++) {
            BranchSummary b = test(grid).getRow(i);
            var row = sheet.getRow(i + 1);
            assertThat(row.getCell(code).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(code).getStringCellValue()).isEqualTo(b.code());
            assertThat(row.getCell(members).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) row.getCell(members).getNumericCellValue()).isEqualTo(b.members());
            Cell end = row.getCell(termEnd);
            if (b.termEnd() == null) {
                assertThat(end.getStringCellValue()).isEqualTo("—");
            } else {
                assertThat(DateUtil.isCellDateFormatted(end)).isTrue();
                assertThat(end.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(b.termEnd());
                sawDate = true;
            }
        }
        assertThat(sawDate).isTrue();
    }
}
