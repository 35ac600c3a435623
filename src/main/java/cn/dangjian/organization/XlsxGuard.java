package cn.dangjian.organization;

import cn.dangjian.common.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Refuses a zip bomb before the spreadsheet reader sees it. An .xlsx is a zip of XML parts; every part is
 * inflated once here into nothing, counting real bytes (the sizes a zip's headers announce can lie), with
 * Commons Compress, which the spreadsheet reader itself uses (the JDK's ZipInputStream cannot read the files
 * fastexcel writes, our own template among them); the
 * file is refused as soon as one part inflates more than {@link #MAX_RATIO} times its compressed size or all
 * parts together pass {@link #MAX_TOTAL_BYTES}. The ratio is Apache POI's default (0.01); a real member file of
 * 5,000 rows inflates to a few megabytes at about 10:1.
 */
final class XlsxGuard {

    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 1000;
    /** Below this a part is too small for its ratio to matter (tiny XML parts compress very well). */
    private static final long RATIO_FROM_BYTES = 256 * 1024;

    private XlsxGuard() {}

    static void check(byte[] file) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(file))
                .get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb();
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    // Commons Compress counts the compressed bytes it really consumed, not what the headers say.
                    InputStreamStatistics stats = in instanceof InputStreamStatistics s ? s : null;
                    long inflated = 0;
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (total > MAX_TOTAL_BYTES) {
                            throw bomb();
                        }
                        long compressed =
                                Math.max(1, stats != null ? stats.getCompressedCount() : entry.getCompressedSize());
                        if (inflated > RATIO_FROM_BYTES && inflated / compressed > MAX_RATIO) {
                            throw bomb();
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BusinessException("import.error.badFile");
        }
        if (entries == 0) {
            throw new BusinessException("import.error.badFile");
        }
    }

    private static BusinessException bomb() {
        return new BusinessException("import.error.bomb");
    }
}
