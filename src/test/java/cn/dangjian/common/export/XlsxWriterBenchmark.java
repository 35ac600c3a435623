package cn.dangjian.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The writer half of the 120,000-member leaderboard export, without the database: 120,000 rows shaped like the
 * leaderboard's (rank, name, branch, score) streamed to a file, heap sampled every 10 ms. Run with a small heap to
 * show the bound: {@code ./mvnw -o test -Pbenchmark -Dtest=XlsxWriterBenchmark -Dtest.heap=200m}.
 * {@code LeaderboardExportBenchmark} measures the whole path on the points benchmark database.
 */
@Tag("benchmark")
class XlsxWriterBenchmark {

    @Test
    void a_120000_row_sheet_streams_in_bounded_memory() throws Exception {
        int rows = Integer.getInteger("bench.rows", 120_000);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        Path file = Files.createTempFile("leaderboard", ".xlsx");
        System.gc();
        long baseline = used(heap);
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(heap), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
                XlsxWriter xlsx = new XlsxWriter(out)) {
            XlsxWriter.Sheet sheet = xlsx.sheet("积分排行榜", List.of("名次", "姓名", "党支部", "得分"));
            for (int i = 1; i <= rows; i++) {
                sheet.row(i, "党员" + i, "医院" + (i % 200 + 1) + "党委", 100 - i % 60);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        String report = String.format(
                Locale.ROOT,
                "xlsx writer: %d rows in %.1f s, file %.1f MB; heap used before %d MB, peak while writing %d MB"
                        + " (garbage included); max heap %d MB",
                rows,
                seconds,
                Files.size(file) / 1e6,
                baseline >> 20,
                peak.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("BENCH " + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmarks-xlsx-writer.txt"), report + "\n");
        try (OPCPackage pkg = OPCPackage.open(file.toFile())) {
            assertThat(new XSSFReader(pkg).getSheetsData().hasNext()).isTrue();
        }
        Files.delete(file);
        assertThat(seconds).isLessThanOrEqualTo(30);
    }

    private static long used(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
