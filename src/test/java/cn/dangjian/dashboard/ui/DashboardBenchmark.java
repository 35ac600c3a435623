package cn.dangjian.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.dashboard.HospitalDashboardService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The hospital dashboard on the demo hospital (25 branches, ~600 members, three years of calendar, 15
 * pairings): {@code ./mvnw -o test -Pbenchmark -Dtest=DashboardBenchmark}. Target: ≤ 200 ms server-side.
 */
@IntegrationTest
@Tag("benchmark")
class DashboardBenchmark extends SpringBrowserlessTest {

    @Autowired
    HospitalDashboardService service;

    @Autowired
    EventTypeDirectory types;

    @Test
    @WithUserDetails(Demo.ADMIN)
    void hospital_dashboard_on_the_demo_hospital() throws Exception {
        String line = DashboardTimer.measure("demo hospital", service, types, 30);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmarks-dashboard-demo.txt"), line + "\n");
        assertThat(line).contains("p95");
    }
}
