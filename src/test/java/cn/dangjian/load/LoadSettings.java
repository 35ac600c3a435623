package cn.dangjian.load;

import java.net.URI;
import java.time.ZoneId;

/**
 * A load run's knobs, read from system properties ({@code -Dload.users=200} and so on, README "Load tests").
 * Think times are those of the issue (3–10 s) unless a short run asks for less.
 */
record LoadSettings(
        String baseUrl,
        int users,
        int rampSeconds,
        int durationSeconds,
        int rush,
        int rushSeconds,
        int rushAfterSeconds,
        int thinkMinMillis,
        int thinkMaxMillis,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        String signingSecret,
        ZoneId zone,
        String excludedBranches,
        String park,
        int parkSeconds,
        int rounds) {

    LoadSettings {
        String host = URI.create(baseUrl).getHost();
        // The harness is for our own machine: never point it at a server somebody else runs.
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("load.baseUrl must be on 127.0.0.1, not " + baseUrl);
        }
        if (users < 0 || users > 2_000 || rush < 0 || rush > 2_000 || durationSeconds > 3_600) {
            throw new IllegalArgumentException("users and rush at most 2,000, duration at most an hour");
        }
        if (rounds < 1 || rounds > 100) {
            throw new IllegalArgumentException("load.rounds from 1 to 100");
        }
    }

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                System.getProperty("load.baseUrl", "http://127.0.0.1:8088"),
                Integer.getInteger("load.users", 200),
                Integer.getInteger("load.ramp", 60),
                Integer.getInteger("load.duration", 600),
                Integer.getInteger("load.rush", 600),
                Integer.getInteger("load.rushSeconds", 60),
                Integer.getInteger("load.rushAfter", 0),
                Integer.getInteger("load.thinkMin", 3_000),
                Integer.getInteger("load.thinkMax", 10_000),
                System.getProperty("load.jdbcUrl", "jdbc:mariadb://127.0.0.1:3316/dangjian"),
                System.getProperty("load.jdbcUser", "root"),
                System.getProperty("load.jdbcPassword", ""),
                System.getProperty("load.signingSecret", "load-test-signing-secret-0123456789abcdef"),
                ZoneId.of(System.getProperty("load.zone", "Asia/Shanghai")),
                // Branch codes the run leaves alone (comma-separated): the smoke test keeps other tests' branches
                // clean.
                System.getProperty("load.excludeBranches", ""),
                // The memory figure: load.users sessions park on this route (calendar, members, ...) and stay.
                System.getProperty("load.park", ""),
                Integer.getInteger("load.parkSeconds", 120),
                // Rounds of a scenario's pages per sign-in. 1: every round signs in again (a bcrypt hash each time,
                // most of the CPU at 200 users); more: users stay signed in, as the console's users do for hours.
                Integer.getInteger("load.rounds", 1));
    }
}
