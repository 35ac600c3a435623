package cn.dangjian.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds member .xlsx files for tests, with real Excel dates where a LocalDate is given. */
public final class MemberFiles {

    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    public static final List<String> HEADERS = MemberSheet.HEADERS;

    private MemberFiles() {}

    /** A staff number no demo member and no other test row has. */
    public static String newStaffNumber() {
        return "IMP-" + SEQ.incrementAndGet();
    }

    /** A complete valid row: name, staff number, gender, birth date, department, branch, status, joined, full, title, flags. */
    public static List<Object> row(String staffNumber, String department, String branch) {
        List<Object> r = new ArrayList<>(List.of(
                "测试" + staffNumber.substring(staffNumber.length() - 3),
                staffNumber,
                "女",
                LocalDate.of(1985, 3, 14),
                department,
                branch,
                "正式党员",
                "2010-07-01",
                LocalDate.of(2011, 7, 1),
                "主治医师",
                "否",
                "是",
                "否"));
        return r;
    }

    public static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("党员");
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof LocalDate d) {
                        ws.value(r + 1, c, d);
                        ws.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(List<List<Object>> rows) {
        return xlsx(HEADERS, rows);
    }
}
