package cn.dangjian.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF read back with PDFBox: ASCII in the Latin font, Chinese in the CJK font, both embedded. */
class RecordBookPdfTest {

    private static PDDocument pdf(RecordBook book) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordBookPdf.write(book, out);
        return Loader.loadPDF(out.toByteArray());
    }

    private static RecordBook book(int rows) {
        RecordBook.Table table = RecordBook.Table.of("党员名册", "姓名", 2f, "积分", 1f, "入党日期", 2f, "备注", 4f);
        for (int i = 0; i < rows; i++) {
            table.add("张三" + i, 87.5, LocalDate.of(2010, 7, 1), "Room B-12 · 第3会议室? (ok)");
        }
        return new RecordBook("2026年 三会一课记录 ABC", List.of("党支部：内科第一党支部", "年度：2026"), List.of(table));
    }

    @Test
    void ascii_digits_and_letters_print_as_themselves_beside_chinese() throws Exception {
        try (PDDocument doc = pdf(book(3))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("2026年 三会一课记录 ABC", "年度：2026", "张三0", "87.5", "2010-07-01")
                    .contains("Room B-12 · 第3会议室? (ok)")
                    .doesNotContain("２", "Ａ", "？"); // no full-width substitutes any more
        }
    }

    @Test
    void both_fonts_are_embedded_and_used_on_the_page() throws Exception {
        try (PDDocument doc = pdf(book(1))) {
            PDPage page = doc.getPage(0);
            Set<String> names = new HashSet<>();
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
            assertThat(names).containsExactlyInAnyOrder("DejaVuSans", "DroidSansFallback");
        }
    }

    @Test
    void long_books_break_across_numbered_pages() throws Exception {
        try (PDDocument doc = pdf(book(120))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(pages);
            last.setEndPage(pages);
            assertThat(last.getText(doc)).contains(pages + " / " + pages);
        }
    }
}
