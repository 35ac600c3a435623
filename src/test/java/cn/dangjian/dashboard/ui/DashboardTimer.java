package cn.dangjian.dashboard.ui;

import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.dashboard.HospitalDashboardService;
import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.Locale;

/** Times the hospital dashboard server-side: the figures alone, and figures plus the view built and attached. */
final class DashboardTimer {

    private DashboardTimer() {}

    static String measure(String label, HospitalDashboardService service, EventTypeDirectory types, int n) {
        for (int i = 0; i < 5; i++) {
            render(service, types);
        }
        double[] data = new double[n];
        double[] full = new double[n];
        double[] cpu = new double[n];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            service.figures();
            data[i] = (System.nanoTime() - t0) / 1e6;
            long c1 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            render(service, types);
            full[i] = (System.nanoTime() - t1) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c1) / 1e6;
        }
        String result = String.format(
                Locale.ROOT,
                "%s: figures p50 %.1f ms / p95 %.1f ms; figures + view built and attached p50 %.1f ms / p95 %.1f ms"
                        + "; JVM CPU of figures + view p50 %.1f ms (n = %d after 5 warm-up renders; load average %.1f)",
                label,
                pct(data, 50),
                pct(data, 95),
                pct(full, 50),
                pct(full, 95),
                pct(cpu, 50),
                n,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.println("BENCH " + result);
        return result;
    }

    /** What a request for the dashboard does on the server: read, build every tile, attach (chart configs to JSON). */
    private static void render(HospitalDashboardService service, EventTypeDirectory types) {
        HospitalDashboardView view = new HospitalDashboardView(service, types);
        UI.getCurrent().add(view);
        UI.getCurrent().remove(view);
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
