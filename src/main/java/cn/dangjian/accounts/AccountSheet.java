package cn.dangjian.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The sheet a secretary prints and hands out: one row per new login with its one-time password. */
public final class AccountSheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADERS = {
        "account.sheet.member",
        "account.sheet.staffNumber",
        "account.sheet.branch",
        "account.username",
        "account.sheet.password"
    };

    private AccountSheet() {}

    /** @param labels translates the bundle keys of the headers into the user's language */
    public static byte[] write(List<IssuedAccount> issued, Function<String, String> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "dangjian-console", "1.0");
            Worksheet ws = wb.newWorksheet(labels.apply("account.sheet.title"));
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(0, c, labels.apply(HEADERS[c]));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (IssuedAccount a : issued) {
                ws.value(r, 0, a.memberName());
                ws.value(r, 1, a.staffNumber());
                ws.value(r, 2, a.branchName());
                ws.value(r, 3, a.username());
                ws.value(r, 4, a.oneTimePassword());
                r++;
            }
            ws.width(0, 14);
            ws.width(2, 24);
            ws.width(3, 16);
            ws.width(4, 18);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
