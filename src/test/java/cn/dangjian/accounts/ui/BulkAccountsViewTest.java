package cn.dangjian.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class BulkAccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private int withoutAccount(long branch) {
        return jdbc.queryForObject("""
                select count(*) from party_member m where m.branch_id = ?
                  and not exists (select 1 from user_account a where a.member_id = m.id)""", Integer.class, branch);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_creates_a_branchs_accounts_and_downloads_the_sheet_in_chinese() throws Exception {
        long branch = jdbc.queryForObject("select id from party_branch where code = 'C03'", Long.class);
        int missing = withoutAccount(branch);
        assertThat(missing).isPositive();
        UI.getCurrent().navigate(BulkAccountsView.ROUTE, QueryParameters.of("branch", String.valueOf(branch)));
        BulkAccountsView view = (BulkAccountsView) getCurrentView();
        view.setWorker(Runnable::run);
        assertThat($(Span.class).withId("bulk-missing").single().getText()).contains(String.valueOf(missing));

        test($(Button.class).withId("bulk-create").single()).click();
        test($(Button.class).withId("confirm-button").single()).click();

        assertThat(withoutAccount(branch)).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).withId("bulk-download").single()).download(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("一次性密码");
            assertThat(sheet.getLastRowNum()).isEqualTo(missing);
        }
        assertThat(test($(Button.class).withId("bulk-create").single()).isUsable())
                .as("nothing left to create")
                .isFalse();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_sees_only_their_own_branch() {
        UI.getCurrent().navigate(BulkAccountsView.ROUTE);
        @SuppressWarnings("unchecked")
        ComboBox<Object> branch = $(ComboBox.class).withId("bulk-branch").single();
        assertThat(branch.isReadOnly()).isTrue();
        assertThat(branch.getValue()).isNotNull();
        assertThat(branch.getListDataView().getItemCount()).isEqualTo(1);
    }
}
