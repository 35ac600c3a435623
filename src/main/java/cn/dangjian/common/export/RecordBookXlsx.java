package cn.dangjian.common.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** A record book as .xlsx: one sheet per table, the book's title and lines above the frozen header row. */
public final class RecordBookXlsx {

    private RecordBookXlsx() {}

    public static void write(RecordBook book, OutputStream out) {
        try (XlsxWriter xlsx = new XlsxWriter(out)) {
            for (RecordBook.Table table : book.tables()) {
                List<String> title = new ArrayList<>();
                title.add(book.title() + (book.tables().size() > 1 ? " · " + table.caption() : ""));
                title.addAll(book.lines());
                XlsxWriter.Sheet sheet = xlsx.sheet(table.caption(), title, table.headers());
                table.rows().forEach(sheet::row);
            }
        }
    }
}
