package cn.dangjian.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookPdf;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.common.export.RecordBookXlsx;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every record book as .xlsx (read back with POI) and as PDF (read back with PDFBox), and who may have which. */
@IntegrationTest
class RecordBooksTest extends SpringBrowserlessTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    List<RecordBookSource> sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    private int year() {
        return LocalDate.now(clock).getYear();
    }

    private RecordBookSource source(String key) {
        return sources.stream()
                .filter(s -> s.description().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private RecordBook build(String key) {
        RecordBookSource s = source(key);
        long id = branch("C08");
        List<RecordBookSource.Choice> choices = s.choices(id, year());
        return s.build(id, year(), choices.isEmpty() ? null : choices.getFirst().id(), ZH);
    }

    private static XSSFWorkbook xlsx(RecordBook book) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordBookXlsx.write(book, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static PDDocument pdf(RecordBook book) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordBookPdf.write(book, out);
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void every_book_reads_back_from_xlsx_and_from_pdf_in_chinese() throws Exception {
        assertThat(sources)
                .extracting(s -> s.description().key())
                .contains("meetings", "sign-in", "compliance", "pairings", "roster", "ledger", "leaderboard", "audit");
        for (RecordBookSource s : sources) {
            RecordBook book = build(s.description().key());
            try (XSSFWorkbook wb = xlsx(book)) {
                assertThat(wb.getNumberOfSheets())
                        .as(s.description().key())
                        .isEqualTo(book.tables().size());
                for (int i = 0; i < book.tables().size(); i++) {
                    RecordBook.Table table = book.tables().get(i);
                    XSSFSheet sheet = wb.getSheetAt(i);
                    int header = book.lines().size() + 1; // the title, the lines, then the header row
                    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith(book.title());
                    assertThat(sheet.getRow(header).getCell(0).getStringCellValue())
                            .isEqualTo(table.headers().getFirst());
                    assertThat(sheet.getLastRowNum())
                            .as(s.description().key())
                            .isEqualTo(header + table.rows().size());
                }
            }
            try (PDDocument doc = pdf(book)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).as(s.description().key()).contains(book.title());
                // the year prints in ASCII digits (Latin font), not as full-width substitutes
                assertThat(text)
                        .as(s.description().key())
                        .contains(String.valueOf(year()))
                        .doesNotContain("２０");
                assertThat(text).contains(book.tables().getFirst().headers().get(1));
                PDPage page = doc.getPage(0);
                assertThat(page.getMediaBox().getWidth())
                        .isEqualTo(book.landscape() ? PDRectangle.A4.getHeight() : PDRectangle.A4.getWidth());
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font embedded").isTrue();
                }
            }
        }
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void meetings_record_lists_each_held_meeting_with_attendance_and_minutes() throws Exception {
        RecordBook book = build("meetings");
        int held = jdbc.queryForObject("""
                select count(*) from cal_event e join cal_event_type t on t.id = e.event_type_id
                where e.branch_id = ? and e.status = 'HELD' and year(e.start_at) = ?
                  and t.code in ('GENERAL_MEETING', 'COMMITTEE_MEETING', 'GROUP_MEETING', 'PARTY_LECTURE')""", Integer.class, branch("C08"), year());
        assertThat(held).isPositive();
        assertThat(book.tables().getFirst().rows()).hasSize(held);
        try (XSSFWorkbook wb = xlsx(book);
                PDDocument doc = pdf(book)) {
            var cell = wb.getSheetAt(0).getRow(book.lines().size() + 2).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            var present = wb.getSheetAt(0).getRow(book.lines().size() + 2).getCell(6);
            assertThat(present.getCellType()).isEqualTo(CellType.NUMERIC);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("三会一课记录", "出席人员", "会议记录");
            // the first meeting's date as the grid shows it, in ASCII digits
            var first = book.tables().getFirst().rows().getFirst().getFirst();
            assertThat(text).contains(String.valueOf(first));
        }
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void sign_in_sheet_marks_the_qr_sign_ins_and_leaves_room_to_sign() throws Exception {
        // A held meeting of the branch with one member signed in by QR (the demo records attendance by hand).
        long event = jdbc.queryForObject("""
                select e.id from cal_event e join cal_attendance a on a.event_id = e.id
                where e.branch_id = ? and e.status = 'HELD' and year(e.start_at) = ?
                order by e.id limit 1""", Long.class, branch("C08"), year());
        jdbc.update("""
                update cal_attendance set signed_in_at = (select start_at from cal_event where id = ?)
                where event_id = ? and signed_in_at is null order by member_id limit 1""", event, event);
        RecordBook book = source("sign-in").build(branch("C08"), year(), event, ZH);
        int expected =
                jdbc.queryForObject("select count(*) from cal_attendance where event_id = ?", Integer.class, event);
        int qr = jdbc.queryForObject(
                "select count(*) from cal_attendance where event_id = ? and signed_in_at is not null",
                Integer.class,
                event);
        var rows = book.tables().getFirst().rows();
        assertThat(rows).hasSize(expected);
        assertThat(rows.stream().filter(r -> String.valueOf(r.get(3)).startsWith("扫码签到")))
                .hasSize(qr);
        assertThat(rows).allMatch(r -> "".equals(r.get(4))); // the signature column is blank
        assertThat(book.tables().getFirst().headers()).contains("本人签名");
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void roster_holds_the_branch_members_with_dates_as_dates() throws Exception {
        RecordBook book = build("roster");
        int members = jdbc.queryForObject(
                "select count(*) from party_member where branch_id = ?", Integer.class, branch("C08"));
        assertThat(book.tables().getFirst().rows()).hasSize(members);
        try (XSSFWorkbook wb = xlsx(book)) {
            var joined = wb.getSheetAt(0).getRow(book.lines().size() + 2).getCell(7);
            assertThat(DateUtil.isCellDateFormatted(joined)).isTrue();
        }
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_secretary_gets_no_book_of_another_branch_and_no_audit_extract() {
        long other = branch("C11");
        for (RecordBookSource s : sources) {
            if (!s.available()) {
                assertThat(s.description().key()).isEqualTo("audit");
                continue;
            }
            assertThatThrownBy(() -> s.build(other, year(), null, ZH))
                    .as(s.description().key())
                    .isInstanceOf(NotFoundException.class);
        }
        navigate(RecordBooksView.class);
        @SuppressWarnings("unchecked")
        Select<BranchRef> branches = $(Select.class).id("book-branch");
        assertThat(test(branches).getSuggestions()).hasSize(1);
        assertThat($(Anchor.class).withId("book-roster-pdf").exists()).isTrue();
        assertThat($(Anchor.class).withId("book-audit-xlsx").exists()).isFalse();
    }
}
