package cn.dangjian.organization;

import static cn.dangjian.organization.MemberFiles.newStaffNumber;
import static cn.dangjian.organization.MemberFiles.row;
import static cn.dangjian.organization.MemberFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class MemberImportServiceTest {

    @Autowired
    MemberImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    private String branchName(String code) {
        return jdbc.queryForObject("select name from party_branch where code = ?", String.class, code);
    }

    /** A department the branch covers, so the rows look like the real thing. */
    private String departmentOf(String code) {
        return jdbc.queryForObject("""
                select min(d.name) from department d join branch_department bd on bd.department_id = d.id
                join party_branch b on b.id = bd.branch_id where b.code = ?""", String.class, code);
    }

    private int countStaff(String... numbers) {
        return jdbc.queryForObject(
                "select count(*) from party_member where staff_number in ("
                        + String.join(",", Collections.nCopies(numbers.length, "?")) + ")",
                Integer.class,
                (Object[]) numbers);
    }

    private static List<String> keys(ImportRow row) {
        return row.errors().stream().map(ImportMessage::key).toList();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void valid_file_imports_every_row_with_an_audit_entry_each() {
        String a = newStaffNumber(), b = newStaffNumber(), c = newStaffNumber();
        List<Object> byName = row(b, departmentOf("T03"), branchName("T03"));
        byName.set(2, "男");
        byName.set(3, "1979-11-02");
        byName.set(6, "预备党员");
        byName.set(7, LocalDate.now().minusMonths(3));
        byName.set(8, "");
        byName.set(10, "是");
        List<Object> blankOptional = row(c, "", "t03");
        blankOptional.set(3, "");
        blankOptional.set(9, "");
        blankOptional.set(11, "");
        byte[] file = xlsx(List.of(row(a, departmentOf("T03"), "T03"), byName, blankOptional));

        ImportPreview preview = imports.preview(file, ImportProgress.NONE);
        assertThat(preview.rows()).hasSize(3).allMatch(ImportRow::valid);
        assertThat(preview.rows()).extracting(ImportRow::rowNumber).containsExactly(2, 3, 4);

        assertThat(imports.importMembers(file, ImportProgress.NONE)).isEqualTo(3);
        Map<String, Object> first = jdbc.queryForMap("""
                select m.*, b.code, d.name dept from party_member m join party_branch b on b.id = m.branch_id
                left join department d on d.id = m.department_id where staff_number = ?""", a);
        assertThat(first)
                .containsEntry("code", "T03")
                .containsEntry("gender", "FEMALE")
                .containsEntry("status", "FULL")
                .containsEntry("dept", departmentOf("T03"))
                .containsEntry("title", "主治医师");
        assertThat(first.get("birth_date").toString()).isEqualTo("1985-03-14");
        assertThat(first.get("joined_date").toString()).isEqualTo("2010-07-01");
        assertThat(first.get("full_member_date").toString()).isEqualTo("2011-07-01");
        assertThat((Boolean) first.get("key_staff")).isTrue();
        Map<String, Object> second = jdbc.queryForMap("select * from party_member where staff_number = ?", b);
        assertThat(second).containsEntry("gender", "MALE").containsEntry("status", "PROBATIONARY");
        assertThat((Boolean) second.get("department_head")).isTrue();
        assertThat(second.get("full_member_date")).isNull();
        Map<String, Object> third = jdbc.queryForMap("select * from party_member where staff_number = ?", c);
        assertThat(third.get("department_id")).isNull();
        assertThat(third.get("title")).isNull();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log l join party_member m on m.id = l.entity_id
                where l.entity_type = 'Member' and l.action = 'IMPORT' and l.actor = ? and m.staff_number in (?, ?, ?)""", Integer.class, Demo.ADMIN, a, b, c)).isEqualTo(3);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void one_bad_row_means_nothing_is_imported() {
        String a = newStaffNumber(), b = newStaffNumber(), c = newStaffNumber();
        byte[] file = xlsx(List.of(
                row(a, departmentOf("T03"), "T03"), row(b, "不存在的科室", "T03"), row(c, departmentOf("T03"), "T03")));
        ImportPreview preview = imports.preview(file, ImportProgress.NONE);
        assertThat(preview.errorRows()).isEqualTo(1);
        assertThat(preview.importable()).isFalse();
        assertThat(keys(preview.rows().get(1))).containsExactly("import.error.unknownDepartment");
        assertThatThrownBy(() -> imports.importMembers(file, ImportProgress.NONE))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.error.notImported"));
        assertThat(countStaff(a, b, c)).isZero();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void duplicates_within_the_file_and_against_the_database_are_errors() {
        String existing = jdbc.queryForObject("select min(staff_number) from party_member", String.class);
        String twice = newStaffNumber(), fine = newStaffNumber();
        byte[] file = xlsx(
                List.of(row(twice, "", "T03"), row(existing, "", "T03"), row(twice, "", "T03"), row(fine, "", "T03")));
        List<ImportRow> rows = imports.preview(file, ImportProgress.NONE).rows();
        assertThat(keys(rows.get(0))).containsExactly("import.error.duplicateInFile");
        assertThat(rows.get(0).errors().get(0).args()).containsExactly(twice, "4");
        assertThat(keys(rows.get(1))).containsExactly("member.staffNumberTaken");
        assertThat(keys(rows.get(2))).containsExactly("import.error.duplicateInFile");
        assertThat(rows.get(3).valid()).isTrue();
        assertThatThrownBy(() -> imports.importMembers(file, ImportProgress.NONE))
                .isInstanceOf(BusinessException.class);
        assertThat(countStaff(twice, fine)).isZero();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void cells_are_checked_with_the_same_rules_as_a_single_save() {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> badDate = row(newStaffNumber(), "", "T03");
        badDate.set(7, "2020-13-45");
        List<Object> noSuchDay = row(newStaffNumber(), "", "T03");
        noSuchDay.set(3, "1990-02-30");
        List<Object> badGenderAndStatus = row(newStaffNumber(), "", "T03");
        badGenderAndStatus.set(2, "X");
        badGenderAndStatus.set(6, "党员");
        List<Object> missing = row(newStaffNumber(), "", "无此支部");
        missing.set(0, "");
        missing.set(7, "");
        List<Object> tooYoung = row(newStaffNumber(), "", "T03");
        tooYoung.set(3, LocalDate.of(2000, 1, 1));
        tooYoung.set(7, LocalDate.of(2010, 1, 1));
        List<Object> future = row(newStaffNumber(), "", "T03");
        future.set(7, LocalDate.now().plusDays(10));
        List<Object> badStaffAndFlag = row("工号 1", "", "T03");
        badStaffAndFlag.set(12, "也许");
        List<Object> fullBeforeJoined = row(newStaffNumber(), "", "T03");
        fullBeforeJoined.set(8, "2009/01/01");
        rows.addAll(List.of(
                noSuchDay, badDate, badGenderAndStatus, missing, tooYoung, future, badStaffAndFlag, fullBeforeJoined));
        List<ImportRow> checked =
                new ArrayList<>(imports.preview(xlsx(rows), ImportProgress.NONE).rows());

        assertThat(checked.remove(0).errors())
                .extracting(ImportMessage::key, ImportMessage::column)
                .containsExactly(Tuple.tuple("import.error.badDate", "member.birthDate"));
        assertThat(keys(checked.get(0))).containsExactly("import.error.badDate");
        assertThat(checked.get(0).errors().get(0).column()).isEqualTo("member.joinedDate");
        assertThat(keys(checked.get(1))).containsExactlyInAnyOrder("import.error.badGender", "import.error.badStatus");
        assertThat(checked.get(2).errors())
                .extracting(ImportMessage::key, ImportMessage::column)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("import.error.unknownBranch", "member.branch"),
                        Tuple.tuple("validation.required", "member.joinedDate"),
                        Tuple.tuple("validation.required", "member.name"));
        assertThat(keys(checked.get(3))).containsExactly("member.joinedTooYoung");
        assertThat(keys(checked.get(4))).containsExactly("validation.notFuture");
        assertThat(keys(checked.get(5))).containsExactlyInAnyOrder("validation.staffNumber", "import.error.badFlag");
        assertThat(keys(checked.get(6))).containsExactly("member.fullBeforeJoined");
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_imports_only_into_own_branch() {
        String own = newStaffNumber(), foreign = newStaffNumber();
        byte[] mixed = xlsx(List.of(row(own, "", "C08"), row(foreign, "", branchName("C11"))));
        ImportPreview preview = imports.preview(mixed, ImportProgress.NONE);
        assertThat(preview.rows().get(0).valid()).isTrue();
        assertThat(keys(preview.rows().get(1))).containsExactly("import.error.foreignBranch");
        assertThatThrownBy(() -> imports.importMembers(mixed, ImportProgress.NONE))
                .isInstanceOf(BusinessException.class);
        assertThat(countStaff(own, foreign)).isZero();

        assertThat(imports.importMembers(xlsx(List.of(row(own, "", branchName("C08")))), ImportProgress.NONE))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select b.code from party_member m join party_branch b on b.id = m.branch_id where m.staff_number = ?""", String.class, own)).isEqualTo("C08");
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void members_cannot_import() {
        byte[] file = xlsx(List.of(row(newStaffNumber(), "", "C08")));
        assertThatThrownBy(() -> imports.preview(file, ImportProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importMembers(file, ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.template()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_file_that_is_not_the_template_is_refused_as_a_whole() {
        List<String> wrong = new ArrayList<>(MemberFiles.HEADERS);
        wrong.set(1, "员工编号");
        assertThatThrownBy(() ->
                        imports.preview(xlsx(wrong, List.of(row(newStaffNumber(), "", "T03"))), ImportProgress.NONE))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.error.badHeader"));
        assertThatThrownBy(() -> imports.preview("not a spreadsheet".getBytes(), ImportProgress.NONE))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.error.badFile"));
        assertThatThrownBy(() -> imports.preview(xlsx(List.of()), ImportProgress.NONE))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.error.noRows"));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_large_file_reports_progress_up_to_its_row_count() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(row(newStaffNumber(), "", "T03"));
        }
        List<int[]> updates = new ArrayList<>();
        ImportPreview preview = imports.preview(xlsx(rows), (done, total) -> updates.add(new int[] {done, total}));
        assertThat(preview.rows()).hasSize(2000).allMatch(ImportRow::valid);
        assertThat(updates).hasSizeGreaterThan(10);
        assertThat(updates.get(updates.size() - 1)).containsExactly(2000, 2000);
        assertThat(updates).isSortedAccordingTo(Comparator.comparingInt(u -> u[0]));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void template_opens_in_apache_poi_with_the_expected_headers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(imports.template()))) {
            Row header = wb.getSheetAt(0).getRow(0);
            List<String> cells = new ArrayList<>();
            header.forEach(c -> cells.add(c.getStringCellValue()));
            assertThat(cells)
                    .containsExactly(
                            "姓名", "工号", "性别", "出生日期", "科室", "所在支部", "党员类别", "入党日期", "转正日期", "职务/职称", "科室负责人", "业务骨干",
                            "党务干部");
            Sheet ref = wb.getSheetAt(1);
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= ref.getLastRowNum(); r++) {
                if (ref.getRow(r).getCell(0) != null) {
                    codes.add(ref.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertThat(codes)
                    .contains("C08", "C11", "R01")
                    .hasSize(jdbc.queryForObject("select count(*) from party_branch", Integer.class));
        }
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_template_lists_only_the_own_branch() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(imports.template()))) {
            Sheet ref = wb.getSheetAt(1);
            assertThat(ref.getRow(1).getCell(0).getStringCellValue()).isEqualTo("C08");
            Row second = ref.getRow(2);
            assertThat(second == null || second.getCell(0) == null).isTrue();
        }
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_file_over_the_size_limit_is_refused_by_the_service_whatever_the_view_did() {
        byte[] huge = new byte[(int) MemberImportService.MAX_FILE_BYTES + 1];
        assertThatThrownBy(() -> imports.preview(huge, ImportProgress.NONE))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("upload.tooLarge"));
        assertThatThrownBy(() -> imports.importMembers(huge, ImportProgress.NONE))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("upload.tooLarge"));
    }
}
