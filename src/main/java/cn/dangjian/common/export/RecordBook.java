package cn.dangjian.common.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record book (台账) ready to print: a title, lines under it (branch, year, when it was made) and tables. Each
 * table's columns carry a relative width for the PDF; cells keep their type for the .xlsx. A branch's year is a
 * few hundred rows at most, so the book is built whole and then written as .xlsx or PDF.
 */
public record RecordBook(String title, List<String> lines, List<Table> tables, boolean landscape) {

    public RecordBook {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
    }

    public RecordBook(String title, List<String> lines, List<Table> tables) {
        this(title, lines, tables, false);
    }

    /** One table: its caption (the sheet's name in .xlsx), headers, relative widths and rows. */
    public record Table(
            String caption,
            List<String> headers,
            float[] widths,
            List<List<@Nullable Object>> rows,
            float minRowHeight) {

        public Table {
            headers = List.copyOf(headers);
            if (widths.length != headers.size()) {
                throw new IllegalArgumentException("one width per header");
            }
        }

        /** A table to fill with {@link #add}: headers with their relative widths, e.g. {@code "姓名", 2f, ...}. */
        public static Table of(String caption, Object... headersAndWidths) {
            List<String> headers = new ArrayList<>();
            float[] widths = new float[headersAndWidths.length / 2];
            for (int i = 0; i < headersAndWidths.length; i += 2) {
                headers.add((String) headersAndWidths[i]);
                widths[i / 2] = ((Number) headersAndWidths[i + 1]).floatValue();
            }
            return new Table(caption, headers, widths, new ArrayList<>(), 0);
        }

        /** The same table with rows at least this tall in the PDF (room for a handwritten signature). */
        public Table withRowHeight(float points) {
            return new Table(caption, headers, widths, rows, points);
        }

        public Table add(@Nullable Object... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
            }
            rows.add(Arrays.asList(cells));
            return this;
        }
    }
}
