package cn.dangjian.organization;

import static cn.dangjian.organization.MemberFiles.newStaffNumber;
import static cn.dangjian.organization.MemberFiles.row;
import static cn.dangjian.organization.MemberFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

/** The member file reader refuses zip bombs before parsing and stops at the row limit while streaming. */
class MemberSheetLimitsTest {

    private static String messageKey(Throwable t) {
        return ((BusinessException) t).getMessageKey();
    }

    /** A workbook whose sheet XML is {@code sheetBytes} of one repeated character: megabytes from a few kilobytes. */
    private static byte[] bomb(int sheetBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'A');
            for (int written = 0; written < sheetBytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void a_highly_compressed_sheet_is_refused_as_a_bomb_before_parsing() throws IOException {
        byte[] file = bomb(200 * 1024 * 1024);
        assertThat(file.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> MemberSheet.read(file, 5000))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("import.error.bomb"));
    }

    @Test
    void parts_that_inflate_past_the_total_limit_are_refused_even_at_an_ordinary_ratio() throws IOException {
        // Random letters compress about 1.5:1, far from the ratio limit; only the total gives the file away.
        Random random = new Random(13);
        byte[] part = new byte[8 * 1024 * 1024];
        for (int i = 0; i < part.length; i++) {
            part[i] = (byte) ('a' + random.nextInt(26));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 9; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/part" + i + ".xml"));
                zip.write(part);
            }
        }
        byte[] file = out.toByteArray();
        assertThatThrownBy(() -> XlsxGuard.check(file))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("import.error.bomb"));
    }

    @Test
    void a_real_member_file_of_the_maximum_size_passes_the_guard() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < MemberImportService.MAX_ROWS; i++) {
            rows.add(row(newStaffNumber(), "", "T03"));
        }
        byte[] file = xlsx(rows);
        XlsxGuard.check(file);
        assertThat(MemberSheet.read(file, MemberImportService.MAX_ROWS)).hasSize(MemberImportService.MAX_ROWS);
    }

    @Test
    void reading_stops_at_the_first_row_past_the_limit_without_reading_the_rest_of_the_sheet() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(row(newStaffNumber(), "", "T03"));
        }
        // The sheet is cut after row 12 and ends in broken XML: a reader that loads the whole sheet fails on it
        // ("badFile"); a streaming reader stops at row 12 (the 11th data row, one past the limit of 10) first.
        byte[] file = truncateSheetAfterRow(xlsx(rows), 12);
        assertThatThrownBy(() -> MemberSheet.read(file, 10))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("import.error.tooManyRows"));
        assertThatThrownBy(() -> MemberSheet.read(file, 50))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("import.error.badFile"));
    }

    private static byte[] truncateSheetAfterRow(byte[] xlsx, int rowNumber) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder()
                        .setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx))
                        .get();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
                byte[] data = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int end = xml.indexOf("</row>", xml.indexOf("<row r=\"" + rowNumber + "\"")) + "</row>".length();
                    data = (xml.substring(0, end) + "<row r=\"" + (rowNumber + 1) + "\"><c r=\"A")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(data);
            }
        }
        return out.toByteArray();
    }
}
