package cn.dangjian.accounts;

import static cn.dangjian.support.TestAccounts.branchId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.security.PasswordPolicy;
import cn.dangjian.security.Roles;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class BulkAccountServiceTest {

    @Autowired
    BulkAccountService bulk;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_gives_every_member_of_a_branch_without_a_login_one_and_a_sheet_to_hand_out() throws Exception {
        long branch = branchId(jdbc, "C11");
        int without = jdbc.queryForObject("""
                select count(*) from party_member m where m.branch_id = ?
                  and not exists (select 1 from user_account a where a.member_id = m.id)""", Integer.class, branch);
        assertThat(without).isPositive();
        assertThat(bulk.countWithoutAccount(branch)).isEqualTo(without);

        List<IssuedAccount> issued = bulk.createMissing(branch);

        assertThat(issued).hasSize(without);
        assertThat(bulk.countWithoutAccount(branch)).isZero();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select a.username, a.password_hash, a.role, a.branch_id, a.must_change_password, a.enabled, m.staff_number
                from user_account a join party_member m on m.id = a.member_id
                where a.member_id in (%s)""".formatted(String.join(
                ",", issued.stream().map(a -> String.valueOf(a.memberId())).toList())));
        assertThat(rows).hasSize(without).allSatisfy(r -> {
            assertThat(r.get("role")).isEqualTo(Roles.MEMBER);
            assertThat(r.get("branch_id")).isEqualTo(branch);
            assertThat(r.get("must_change_password")).isEqualTo(true);
            assertThat(r.get("enabled")).isEqualTo(true);
            assertThat((String) r.get("username")).startsWith(((String) r.get("staff_number")).toLowerCase());
            assertThat((String) r.get("password_hash")).startsWith("$2a$11$");
        });
        IssuedAccount first = issued.get(0);
        String hash = jdbc.queryForObject(
                "select password_hash from user_account where username = ?", String.class, first.username());
        assertThat(encoder.matches(first.oneTimePassword(), hash)).isTrue();

        // The sheet, read back with another library than the one that wrote it.
        byte[] xlsx = AccountSheet.write(issued, key -> key);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(without);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("account.sheet.password");
            Set<String> passwords = new HashSet<>();
            for (int r = 1; r <= without; r++) {
                Row row = sheet.getRow(r);
                String username = row.getCell(3).getStringCellValue();
                String password = row.getCell(4).getStringCellValue();
                assertThatCode(() -> policy.check(username, password)).doesNotThrowAnyException();
                passwords.add(password);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(first.branchName());
            }
            assertThat(passwords).as("each member their own password").hasSize(without);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(first.username());
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(first.oneTimePassword());
        }

        assertThat(bulk.createMissing(branch)).as("a second run creates none").isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where entity_type = 'Security' and action = 'ACCOUNT_CREATED' and entity_id in (select id from user_account where branch_id = ? and must_change_password = 1)",
                        Integer.class,
                        branch))
                .isGreaterThanOrEqualTo(without);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_cannot_bulk_create() {
        assertThatThrownBy(() -> bulk.createMissing(branchId(jdbc, "C08"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.countWithoutAccount(branchId(jdbc, "C08")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_only_own_branch() {
        assertThat(bulk.countWithoutAccount(branchId(jdbc, "C08"))).isPositive();
        assertThatThrownBy(() -> bulk.createMissing(branchId(jdbc, "C11"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.createMissing(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.countWithoutAccount(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void leader_cannot_bulk_create() {
        assertThatThrownBy(() -> bulk.createMissing(null)).isInstanceOf(AccessDeniedException.class);
    }
}
