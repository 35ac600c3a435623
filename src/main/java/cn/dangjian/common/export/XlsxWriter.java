package cn.dangjian.common.export;

import cn.dangjian.common.HospitalZone;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * A streamed .xlsx: each sheet's rows go to the output as they come (a few hundred are held to size the columns),
 * so a sheet of 120,000 rows never sits in memory. Values keep their type: numbers as numbers, dates and times as
 * date cells with a date format, everything else as text. Text goes in as inline strings (no shared-string table
 * that would grow with the file) and text that a spreadsheet could take for a formula is escaped.
 */
public final class XlsxWriter implements Closeable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int SAMPLE_ROWS = 200;
    private static final int FLUSH_EVERY = 500;

    private final Workbook workbook;
    private @Nullable Sheet open;

    public XlsxWriter(OutputStream out) {
        workbook = new Workbook(out, "dangjian-console", "1.0");
    }

    /** Starts a sheet (finishing the one before): optional title lines, then the header row, frozen. */
    public Sheet sheet(String name, List<String> titleLines, List<String> headers) {
        finishOpen();
        open = new Sheet(workbook.newWorksheet(sheetName(name)), titleLines, headers);
        return open;
    }

    public Sheet sheet(String name, List<String> headers) {
        return sheet(name, List.of(), headers);
    }

    @Override
    public void close() {
        finishOpen();
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishOpen() {
        if (open != null) {
            open.finish();
            open = null;
        }
    }

    /**
     * Text that starts with {@code = + - @} (or a tab or carriage return, which some programs strip first) gets a
     * leading apostrophe, the OWASP advice against CSV/formula injection: the cell is text in Excel, and stays
     * text when someone saves the sheet as CSV and opens it again.
     */
    public static String safeText(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    /** Excel refuses sheet names over 31 characters or with any of []:*?/\ in them. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        clean = clean.isEmpty() ? "Sheet" : clean;
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    /** Display width in characters, a CJK character counting as two. */
    static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }

    /** One sheet being written. Rows are numbered from the first after the header. */
    public static final class Sheet {

        private final Worksheet ws;
        private final List<String> headers;
        private final int[] widths;
        private final int headerRow;
        private final List<List<?>> sample = new ArrayList<>();
        private int next;
        private boolean started;
        private boolean finished;

        private Sheet(Worksheet ws, List<String> titleLines, List<String> headers) {
            this.ws = ws;
            this.headers = List.copyOf(headers);
            this.headerRow = titleLines.size();
            widths = new int[headers.size()];
            for (int i = 0; i < titleLines.size(); i++) {
                ws.inlineString(i, 0, safeText(titleLines.get(i)));
                ws.style(i, 0).bold().set();
            }
            for (int c = 0; c < headers.size(); c++) {
                widths[c] = displayWidth(headers.get(c));
            }
            next = headerRow + 1;
        }

        public void row(List<?> values) {
            if (!started) {
                sample.add(values);
                for (int c = 0; c < Math.min(values.size(), widths.length); c++) {
                    widths[c] = Math.max(widths[c], displayWidth(shown(values.get(c))));
                }
                if (sample.size() >= SAMPLE_ROWS) {
                    start();
                }
                return;
            }
            write(values);
        }

        public void row(Object... values) {
            row(Arrays.asList(values));
        }

        /** Rows written so far, after the header. */
        public int rows() {
            return next - headerRow - 1 + (started ? 0 : sample.size());
        }

        /** Column widths and the frozen header go into the sheet's head, so they are set before the first row. */
        private void start() {
            started = true;
            for (int c = 0; c < widths.length; c++) {
                ws.width(c, Math.min(60, Math.max(6, widths[c] + 2)));
                ws.inlineString(headerRow, c, safeText(headers.get(c)));
            }
            if (!headers.isEmpty()) {
                ws.range(headerRow, 0, headerRow, headers.size() - 1)
                        .style()
                        .bold()
                        .fillColor("F2DCDB")
                        .set();
            }
            ws.freezePane(0, headerRow + 1);
            sample.forEach(this::write);
            sample.clear();
        }

        private void write(List<?> values) {
            int r = next++;
            for (int c = 0; c < values.size(); c++) {
                cell(r, c, values.get(c));
            }
            if ((r - headerRow) % FLUSH_EVERY == 0) {
                try {
                    ws.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private void cell(int r, int c, @Nullable Object v) {
            switch (v) {
                case null -> {}
                case Number n -> ws.value(r, c, n);
                case Boolean b -> ws.value(r, c, b);
                case LocalDate d -> {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                }
                case LocalDateTime t -> dateTime(r, c, t);
                case Instant i -> dateTime(r, c, LocalDateTime.ofInstant(i, HospitalZone.ZONE));
                case ZonedDateTime z ->
                    dateTime(r, c, z.withZoneSameInstant(HospitalZone.ZONE).toLocalDateTime());
                case OffsetDateTime o ->
                    dateTime(r, c, o.atZoneSameInstant(HospitalZone.ZONE).toLocalDateTime());
                default -> ws.inlineString(r, c, safeText(v.toString()));
            }
        }

        private void dateTime(int r, int c, LocalDateTime t) {
            ws.value(r, c, t);
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
        }

        private static String shown(@Nullable Object v) {
            return switch (v) {
                case null -> "";
                case LocalDate d -> "2026-01-01";
                case LocalDateTime t -> "2026-01-01 00:00";
                case Instant i -> "2026-01-01 00:00";
                default -> v.toString();
            };
        }

        void finish() {
            if (finished) {
                return;
            }
            if (!started) {
                start();
            }
            finished = true;
            try {
                ws.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
