package cn.dangjian.organization;

import static cn.dangjian.organization.MemberFiles.newStaffNumber;
import static cn.dangjian.organization.MemberFiles.row;
import static cn.dangjian.organization.MemberFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A 2,000-row file checked and imported; run with ./mvnw -o test -Pbenchmark -Dtest=MemberImportBenchmark. */
@Tag("benchmark")
@IntegrationTest
class MemberImportBenchmark {

    @Autowired
    MemberImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(Demo.ADMIN)
    void two_thousand_rows() {
        String department = jdbc.queryForObject("select min(name) from department", String.class);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(row(newStaffNumber(), department, i % 2 == 0 ? "R01" : "R02"));
        }
        byte[] file = xlsx(rows);
        long t0 = System.nanoTime();
        assertThat(imports.preview(file, ImportProgress.NONE).importable()).isTrue();
        long t1 = System.nanoTime();
        AtomicInteger last = new AtomicInteger();
        assertThat(imports.importMembers(file, (done, total) -> last.set(done))).isEqualTo(2000);
        long t2 = System.nanoTime();
        assertThat(last.get()).isEqualTo(4000);
        System.out.printf(
                "BENCHMARK member import: file %d KiB, preview %d ms, import %d ms%n",
                file.length / 1024, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }
}
