package cn.dangjian.organization.ui;

import static cn.dangjian.organization.MemberFiles.newStaffNumber;
import static cn.dangjian.organization.MemberFiles.row;
import static cn.dangjian.organization.MemberFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.organization.ImportRow;
import cn.dangjian.organization.MemberImportService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class MemberImportViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private MemberImportView open() {
        MemberImportView view = navigate(MemberImportView.class);
        view.setWorker(Runnable::run);
        return view;
    }

    private void upload(byte[] file) {
        test($(Upload.class).single()).upload("members.xlsx", MemberImportView.XLSX, file);
    }

    private Button confirm() {
        return $(Button.class).withId("import-confirm").single();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void rows_with_errors_are_listed_in_chinese_and_block_the_import() {
        open();
        assertThat(test(confirm()).isUsable()).isFalse();
        List<Object> badDate = row(newStaffNumber(), "", "T03");
        badDate.set(7, "2020-13-45");
        upload(xlsx(List.of(row(newStaffNumber(), "", "T03"), row(newStaffNumber(), "不存在的科室", "T03"), badDate)));

        ImportPreviewGrid grid = $(ImportPreviewGrid.class).single();
        assertThat(test(grid).size()).isEqualTo(3);
        ImportRow bad = test(grid).getRow(1);
        assertThat(bad.valid()).isFalse();
        assertThat(grid.render(bad.errors().get(0))).isEqualTo("科室“不存在的科室”不存在");
        assertThat(grid.render(test(grid).getRow(2).errors().get(0)))
                .isEqualTo("入党日期：日期“2020-13-45”无法识别，请使用 Excel 日期或 yyyy-MM-dd");
        test($(Checkbox.class).single()).click();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(confirm()).isUsable()).isFalse();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_clean_file_is_imported_after_confirmation() {
        open();
        String a = newStaffNumber(), b = newStaffNumber();
        upload(xlsx(List.of(row(a, "", "T03"), row(b, "", "T03"))));
        assertThat(test(confirm()).isUsable()).isTrue();
        test(confirm()).click();
        test($(Button.class).withId("confirm-button").single()).click();
        assertThat(jdbc.queryForObject(
                        "select count(*) from party_member where staff_number in (?, ?)", Integer.class, a, b))
                .isEqualTo(2);
        assertThat(test($(ImportPreviewGrid.class).single()).size()).isZero();
        assertThat(test(confirm()).isUsable()).isFalse();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_downloads_a_template_and_sees_foreign_rows_refused() throws Exception {
        open();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).withId("import-template").single()).download(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("姓名");
        }
        upload(xlsx(List.of(row(newStaffNumber(), "", "C11"))));
        ImportRow row = test($(ImportPreviewGrid.class).single()).getRow(0);
        assertThat(row.errors()).extracting(m -> m.key()).containsExactly("import.error.foreignBranch");
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void leaders_cannot_open_the_import() {
        UI.getCurrent().navigate("members/import");
        assertThat(getCurrentView()).isNotInstanceOf(MemberImportView.class);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void members_cannot_open_the_import() {
        UI.getCurrent().navigate("members/import");
        assertThat(getCurrentView()).isNotInstanceOf(MemberImportView.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_oversized_file_is_refused_with_a_message_and_never_checked() {
        open();
        upload(new byte[(int) MemberImportService.MAX_FILE_BYTES + 1]);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("文件过大，不能超过 10 MB，未保存。");
        assertThat(test($(ImportPreviewGrid.class).single()).size()).isZero();
        assertThat(test(confirm()).isUsable()).isFalse();
    }
}
