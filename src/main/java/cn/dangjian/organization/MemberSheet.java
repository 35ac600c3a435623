package cn.dangjian.organization;

import cn.dangjian.common.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The member file format. The Chinese headers are the file's contract with the hospital's own
 * spreadsheets (they are what staff type and what the reader checks), so they live here, not in the bundles.
 */
final class MemberSheet {

    static final List<String> HEADERS =
            List.of("姓名", "工号", "性别", "出生日期", "科室", "所在支部", "党员类别", "入党日期", "转正日期", "职务/职称", "科室负责人", "业务骨干", "党务干部");
    static final int NAME = 0,
            STAFF_NUMBER = 1,
            GENDER = 2,
            BIRTH_DATE = 3,
            DEPARTMENT = 4,
            BRANCH = 5,
            STATUS = 6,
            JOINED_DATE = 7,
            FULL_MEMBER_DATE = 8,
            TITLE = 9,
            DEPARTMENT_HEAD = 10,
            KEY_STAFF = 11,
            PARTY_WORKER = 12;
    private static final List<Integer> DATE_COLUMNS = List.of(BIRTH_DATE, JOINED_DATE, FULL_MEMBER_DATE);

    /** A data row: its number as Excel shows it (the header is row 1) and its cells as text; dates as yyyy-MM-dd. */
    record SheetRow(int rowNumber, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private MemberSheet() {}

    /** The template: the header row, then a second sheet listing the branches and departments the user may name. */
    static byte[] template(List<BranchRef> branches, List<String> departments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "dangjian", "1.0")) {
            Worksheet ws = wb.newWorksheet("党员");
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.value(0, c, HEADERS.get(c));
                ws.width(c, c == TITLE || c == BRANCH ? 22 : 13);
            }
            ws.range(0, 0, 0, HEADERS.size() - 1)
                    .style()
                    .bold()
                    .fillColor("F2DCDB")
                    .set();
            for (int c : DATE_COLUMNS) {
                ws.range(1, c, 2000, c).style().format("yyyy-mm-dd").set();
            }
            ws.freezePane(0, 1);
            Worksheet ref = wb.newWorksheet("支部与科室");
            ref.value(0, 0, "支部编号");
            ref.value(0, 1, "所在支部");
            ref.value(0, 3, "科室");
            ref.range(0, 0, 0, 3).style().bold().set();
            ref.width(1, 26);
            ref.width(3, 20);
            for (int i = 0; i < branches.size(); i++) {
                ref.value(i + 1, 0, branches.get(i).code());
                ref.value(i + 1, 1, branches.get(i).name());
            }
            for (int i = 0; i < departments.size(); i++) {
                ref.value(i + 1, 3, departments.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The data rows of the first sheet, blank rows left out. Refuses files that are not the template's shape,
     * zip bombs ({@link XlsxGuard}, before parsing) and sheets over {@code maxRows} data rows: the rows are
     * streamed and reading stops at the first row past the limit.
     */
    static List<SheetRow> read(byte[] file, int maxRows) {
        XlsxGuard.check(file);
        List<SheetRow> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file));
                Stream<Row> stream = wb.getFirstSheet().openStream()) {
            Iterator<Row> all = stream.iterator();
            if (!all.hasNext() || !headersMatch(all.next())) {
                throw new BusinessException("import.error.badHeader", String.join("、", HEADERS));
            }
            while (all.hasNext()) {
                Row row = all.next();
                List<String> cells = new ArrayList<>(HEADERS.size());
                for (int c = 0; c < HEADERS.size(); c++) {
                    cells.add(text(row, c));
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new BusinessException("import.error.tooManyRows", maxRows);
                }
                rows.add(new SheetRow(row.getRowNum(), List.copyOf(cells)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException be) {
                throw be;
            }
            throw new BusinessException("import.error.badFile");
        }
        if (rows.isEmpty()) {
            throw new BusinessException("import.error.noRows");
        }
        return rows;
    }

    private static boolean headersMatch(Row header) {
        for (int c = 0; c < HEADERS.size(); c++) {
            if (!HEADERS.get(c).equals(text(header, c))) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, int column) {
        if (!row.hasCell(column)) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (DATE_COLUMNS.contains(column)) {
                LocalDate date = cell.asDate().toLocalDate();
                return date.toString();
            }
            BigDecimal n = cell.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        String t = cell.getText();
        return t == null ? "" : t.strip();
    }
}
