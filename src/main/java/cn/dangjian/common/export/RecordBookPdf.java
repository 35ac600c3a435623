package cn.dangjian.common.export;

import cn.dangjian.common.HospitalZone;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;

/**
 * A record book as a printable A4 PDF (PDFBox). Its fonts ({@link PdfFonts}: DejaVu Sans for Latin text, Droid Sans
 * Fallback for Chinese) ship inside the application and are embedded as subsets in every file, so the PDF prints the
 * same on a machine with no Chinese fonts. Tables wrap their cells, break across pages and repeat their
 * header; every page is numbered.
 */
public final class RecordBookPdf {

    public static final String CONTENT_TYPE = "application/pdf";
    private static final float MARGIN = 40;
    private static final float TEXT = 9;
    private static final float LINE = 12;
    private static final float PAD = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final PDRectangle size;
    private @Nullable PDPageContentStream page;
    private float y;

    private RecordBookPdf(PDDocument doc, PdfFonts fonts, boolean landscape) {
        this.doc = doc;
        this.fonts = fonts;
        this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
    }

    public static void write(RecordBook book, OutputStream out) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(book.title());
            RecordBookPdf pdf = new RecordBookPdf(doc, PdfFonts.load(doc), book.landscape());
            pdf.render(book);
            pdf.numberPages();
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(RecordBook book) throws IOException {
        newPage();
        text(book.title(), 16, MARGIN, y - 16);
        y -= 26;
        for (String line : book.lines()) {
            text(line, 10, MARGIN, y - 10);
            y -= 15;
        }
        for (RecordBook.Table table : book.tables()) {
            y -= 8;
            if (y - 60 < MARGIN) {
                newPage();
            }
            if (book.tables().size() > 1) {
                text(table.caption(), 12, MARGIN, y - 12);
                y -= 20;
            }
            table(table);
        }
        if (page != null) {
            page.close();
        }
    }

    private void table(RecordBook.Table table) throws IOException {
        float width = size.getWidth() - 2 * MARGIN;
        float total = 0;
        for (float w : table.widths()) {
            total += w;
        }
        float[] cols = new float[table.widths().length];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = width * table.widths()[i] / total;
        }
        List<Object> headers = new ArrayList<>(table.headers());
        row(cols, headers, true, 0);
        for (List<@Nullable Object> r : table.rows()) {
            float height = height(cols, r, table.minRowHeight());
            if (y - height < MARGIN + 14) {
                newPage();
                row(cols, headers, true, 0);
            }
            row(cols, r, false, table.minRowHeight());
        }
        if (table.rows().isEmpty()) {
            row(cols, emptyRow(cols.length), false, 0);
        }
    }

    private static List<@Nullable Object> emptyRow(int n) {
        List<@Nullable Object> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(i == 0 ? "—" : "");
        }
        return r;
    }

    private float height(float[] cols, List<?> cells, float min) throws IOException {
        int lines = 1;
        for (int c = 0; c < cols.length; c++) {
            lines = Math.max(
                    lines,
                    wrap(shown(c < cells.size() ? cells.get(c) : null), cols[c] - 2 * PAD)
                            .size());
        }
        float max = size.getHeight() - 2 * MARGIN - 40;
        return Math.min(max, Math.max(min, lines * LINE + 2 * PAD));
    }

    private void row(float[] cols, List<?> cells, boolean header, float min) throws IOException {
        float height = height(cols, cells, min);
        PDPageContentStream s = page();
        float x = MARGIN;
        if (header) {
            s.setNonStrokingColor(0.95f, 0.86f, 0.86f);
            s.addRect(MARGIN, y - height, sum(cols), height);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
        }
        int maxLines = (int) ((height - 2 * PAD) / LINE);
        for (int c = 0; c < cols.length; c++) {
            s.setLineWidth(0.5f);
            s.addRect(x, y - height, cols[c], height);
            s.stroke();
            List<String> lines = wrap(shown(c < cells.size() ? cells.get(c) : null), cols[c] - 2 * PAD);
            for (int i = 0; i < Math.min(lines.size(), maxLines); i++) {
                text(lines.get(i), TEXT, x + PAD, y - PAD - (i + 1) * LINE + 3);
            }
            x += cols[c];
        }
        y -= height;
    }

    private static float sum(float[] cols) {
        float t = 0;
        for (float c : cols) {
            t += c;
        }
        return t;
    }

    /** Breaks text to the column: at any character (Chinese has no spaces), at line breaks, never mid-glyph. */
    private List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            float w = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                char ch = paragraph.charAt(i);
                float cw = fonts.width(String.valueOf(ch), TEXT);
                if (w + cw > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    w = 0;
                }
                line.append(ch);
                w += cw;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String shown(@Nullable Object v) {
        return switch (v) {
            case null -> "";
            case LocalDateTime t -> TIME.format(t);
            case Instant i -> TIME.format(LocalDateTime.ofInstant(i, HospitalZone.ZONE));
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            default -> v.toString();
        };
    }

    private void text(String text, float fontSize, float x, float baseline) throws IOException {
        fonts.show(page(), text, fontSize, x, baseline);
    }

    private PDPageContentStream page() throws IOException {
        if (page == null) {
            newPage();
        }
        return page;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(size);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        y = size.getHeight() - MARGIN;
    }

    private void numberPages() throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream s =
                    new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = (i + 1) + " / " + n;
                fonts.show(s, label, TEXT, (size.getWidth() - fonts.width(label, TEXT)) / 2, MARGIN / 2);
            }
        }
    }
}
