package cn.dangjian.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.ui.GridExport;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The members grid's 导出, read back with POI: the viewer's scope, filter, sort, columns and types. */
@IntegrationTest
class MemberExportTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private XSSFSheet export() throws Exception {
        GridExport<?> export = $(GridExport.class).single();
        List<int[]> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out, VaadinSession.getCurrent(), (done, total) -> progress.add(new int[] {done, total}));
        assertThat(progress).isNotEmpty();
        int[] last = progress.getLast();
        assertThat(last[0]).isEqualTo(last[1]); // all rows written, and the total was known (a counted grid)
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    private static List<String> column(XSSFSheet sheet, int c) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                values.add(row.getCell(c).getStringCellValue());
            }
        }
        return values;
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_secretarys_export_holds_their_branch_only() throws Exception {
        navigate(MembersView.class);
        XSSFSheet sheet = export();
        List<String> expected = jdbc.queryForList(
                "select m.name from party_member m join party_branch b on b.id = m.branch_id where b.code = 'C08'",
                String.class);
        assertThat(expected).isNotEmpty();
        assertThat(column(sheet, 0)).containsExactlyInAnyOrderElementsOf(expected);
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        // the visible columns in the viewer's language; no branch column for a secretary, no badge column
        assertThat(headers).contains("姓名", "工号", "入党日期").doesNotContain("所在支部", "标识");
        int joined = headers.indexOf("入党日期");
        var cell = sheet.getRow(1).getCell(joined);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_admins_export_follows_the_filter_and_the_sort() throws Exception {
        navigate(MembersView.class);
        $(TextField.class).id("filter-text").setValue("王");
        Grid<?> grid = $(Grid.class).id("member-grid");
        int shown = test(grid).size();
        assertThat(shown).isPositive();
        XSSFSheet sheet = export();
        List<String> names = column(sheet, 0);
        assertThat(names).hasSize(shown);
        for (int i = 0; i < Math.min(shown, 20); i++) {
            assertThat(names.get(i)).isEqualTo(test(grid).getCellText(i, 0));
        }
        assertThat(names).hasSizeLessThan(jdbc.queryForObject("select count(*) from party_member", Integer.class));
    }
}
