package cn.dangjian.common.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two fonts of a record book, both shipped in {@code fonts/} with their licences and embedded as subsets. The CJK
 * font (Droid Sans Fallback) has no Latin glyphs, so digits and letters would print as full-width substitutes; text is
 * therefore cut into runs, each drawn in the first font that has its characters: DejaVu Sans for Latin, digits and
 * common punctuation, Droid Sans Fallback for the rest. Widths are measured per run, since the fonts differ.
 */
final class PdfFonts {

    static final String LATIN = "/fonts/DejaVuSans.ttf";
    static final String CJK = "/fonts/DroidSansFallbackFull.ttf";

    private final PDType0Font latin;
    private final PDType0Font cjk;
    private final Map<Character, Optional<PDType0Font>> fontOf = new HashMap<>();

    private PdfFonts(PDType0Font latin, PDType0Font cjk) {
        this.latin = latin;
        this.cjk = cjk;
    }

    static PdfFonts load(PDDocument doc) throws IOException {
        return new PdfFonts(font(doc, LATIN), font(doc, CJK));
    }

    private static PDType0Font font(PDDocument doc, String path) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("a record-book font is missing: " + path);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** A run of text drawn in one font. */
    record Run(PDType0Font font, String text) {}

    /**
     * The text cut into runs of one font each. A character neither font has prints as its full-width form where the
     * CJK font has one, else as a full-width question mark, instead of failing the file.
     */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDType0Font current = cjk;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            Optional<PDType0Font> font = fontOf(ch);
            if (font.isEmpty()) {
                ch = substitute(ch);
                font = fontOf(ch);
            }
            PDType0Font f = font.orElse(cjk);
            if (f != current && !run.isEmpty()) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = f;
            run.append(ch);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    float width(String text, float size) throws IOException {
        float w = 0;
        for (Run r : runs(text)) {
            w += r.font().getStringWidth(r.text()) / 1000 * size;
        }
        return w;
    }

    /** Shows the text from (x, baseline), switching fonts between runs inside one text object. */
    void show(PDPageContentStream s, String text, float size, float x, float baseline) throws IOException {
        s.beginText();
        s.newLineAtOffset(x, baseline);
        for (Run r : runs(text)) {
            s.setFont(r.font(), size);
            s.showText(r.text());
        }
        s.endText();
    }

    private char substitute(char ch) {
        char wide = switch (ch) {
            case '·' -> '・';
            case '–', '—' -> '－';
            default -> ch > 0x20 && ch < 0x7f ? (char) (ch - 0x20 + 0xFF00) : '？';
        };
        return fontOf(wide).isPresent() ? wide : '？';
    }

    private Optional<PDType0Font> fontOf(char ch) {
        return fontOf.computeIfAbsent(ch, c -> {
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                return Optional.empty();
            }
            return has(latin, c) ? Optional.of(latin) : has(cjk, c) ? Optional.of(cjk) : Optional.empty();
        });
    }

    private static boolean has(PDType0Font font, char ch) {
        try {
            font.encode(String.valueOf(ch));
            return true;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }
}
