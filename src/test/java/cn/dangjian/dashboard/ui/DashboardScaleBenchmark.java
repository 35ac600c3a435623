package cn.dangjian.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.dashboard.HospitalDashboardService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The hospital dashboard at the points benchmark's scale: 200 "hospitals" (branch rows, as PointsBenchmark
 * models them) of 600 members each, 120,000 members, one in 25 probationary, and the maintained points totals
 * (the year and each month so far: what the dashboard reads; the ledger itself is not read, so it is not
 * generated). Its own database, {@code dash_bench}, built by Liquibase; no demo data:
 * {@code ./mvnw -o test -Pbenchmark -Dtest=DashboardScaleBenchmark}. Target: ≤ 1 s server-side.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.embedded-db.database=dash_bench")
@ActiveProfiles("test")
@Tag("benchmark")
class DashboardScaleBenchmark extends SpringBrowserlessTest {

    static final int HOSPITALS = 200;
    static final int MEMBERS = 120_000;

    @Autowired
    HospitalDashboardService service;

    @Autowired
    EventTypeDirectory types;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void hospital_dashboard_on_200_hospitals() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long t0 = System.nanoTime();
        generate(today);
        String generated = String.format(
                "generated %d branches, %d members, %d points_total rows in %.1f s",
                jdbc.queryForObject("select count(*) from party_branch", Long.class),
                jdbc.queryForObject("select count(*) from party_member", Long.class),
                jdbc.queryForObject("select count(*) from points_total", Long.class),
                (System.nanoTime() - t0) / 1e9);
        System.out.println("BENCH " + generated);
        AppUser admin = new AppUser(0, "bench", "", Roles.ADMIN, "bench", null, null, true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        String line = DashboardTimer.measure("200 hospitals, 120,000 members", service, types, 20);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmarks-dashboard-scale.txt"), generated + "\n" + line + "\n");
        assertThat(line).contains("p95");
    }

    /** Insert-selects over MariaDB's sequence tables (seq_1_to_n): seconds for the whole set. */
    private void generate(LocalDate today) {
        int year = today.getYear();
        jdbc.execute("delete from points_total");
        jdbc.execute("delete from party_member");
        jdbc.execute("delete from party_branch");
        jdbc.execute("insert into party_branch (id, code, name, kind, founded_on) select seq, concat('H', seq),"
                + " concat('医院', seq, '党委'), elt(1 + seq % 3, 'CLINICAL', 'FUNCTIONAL', 'MEDICAL_TECH'), '2000-01-01'"
                + " from seq_1_to_" + HOSPITALS);
        jdbc.execute("insert into party_member (id, name, staff_number, gender, branch_id, status, joined_date)"
                + " select seq, concat('党员', seq), concat('S', seq), 'MALE', 1 + seq % " + HOSPITALS + ","
                + " if(seq % 25 = 0, 'PROBATIONARY', 'FULL'),"
                + " if(seq % 25 = 0, date_sub('" + today + "', interval seq % 400 day), '2010-01-01')"
                + " from seq_1_to_" + MEMBERS);
        jdbc.execute("insert into points_total (member_id, period, branch_id, net) select seq, " + year * 100
                + ", 1 + seq % " + HOSPITALS + ", (cast(seq as signed) * 7919) % 70 - 10 from seq_1_to_" + MEMBERS);
        jdbc.execute("insert into points_total (member_id, period, branch_id, net) select m.seq, " + year * 100
                + " + mo.seq, 1 + m.seq % " + HOSPITALS
                + ", (cast(m.seq as signed) * 31 + cast(mo.seq as signed)) % 9 - 2"
                + " from seq_1_to_" + MEMBERS + " m join seq_1_to_" + today.getMonthValue() + " mo");
        jdbc.execute("analyze table party_member, party_branch, points_total");
    }
}
