package cn.dangjian.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The console as its users arrive (issue 14): secretaries, members, the administrator and a leader mixed as in
 * a real week with think times, plus the QR rush of a hospital-wide 党课; then a check through the database
 * that nothing was lost or doubled. Driven by system properties ({@link LoadSettings}); targets 127.0.0.1 only.
 */
public class ConsoleSimulation extends Simulation {

    /** The last run's database check, for the CI smoke test that runs this simulation in its own JVM. */
    static volatile LoadCheck.Result lastCheck;

    /**
     * Where the rush's QR token comes from: by default signed here with {@code load.signingSecret} (the console
     * under test runs with the same {@code app.calendar.signing-secret}); the CI smoke test asks the service.
     */
    static volatile LongFunction<String> tokens;

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final LoadFixture.Rush rush;
    private final int recordableEvents;

    {
        try (Connection db = connect(settings)) {
            String excluded = settings.excludedBranches();
            LoadFixture.createMemberLogins(db, Math.max(settings.rush(), settings.users() > 0 ? 2_000 : 0), excluded);
            LoadFixture.createLoadEventType(db);
            recordableEvents =
                    settings.users() > 0 ? LoadFixture.createRecordableEvents(db, settings.zone(), excluded) : 0;
            LongFunction<String> tokenSource =
                    tokens != null ? tokens : id -> LoadFixture.token(id, settings.signingSecret());
            rush = LoadFixture.createRushEvent(db, settings.rush(), excluded, tokenSource, settings.zone());
            Scenarios scenarios = new Scenarios(settings, rush);
            List<PopulationBuilder> populations = new ArrayList<>();
            if (!settings.park().isEmpty()) {
                populations.add(scenarios
                        .park(
                                feeder(
                                        db,
                                        excluded,
                                        settings.park().matches("members|calendar/compliance") ? "ADMIN" : "MEMBER"),
                                settings.park())
                        .injectOpen(rampUsers(settings.users()).during(Duration.ofSeconds(20))));
            } else if (settings.users() > 0) {
                populations.add(mixed(scenarios.secretary(feeder(db, excluded, "SECRETARY")), 0.25));
                populations.add(mixed(scenarios.member(feeder(db, excluded, "MEMBER")), 0.55));
                populations.add(mixed(scenarios.administrator(feeder(db, excluded, "ADMIN")), 0.10));
                populations.add(mixed(scenarios.leader(feeder(db, excluded, "LEADER")), 0.10));
            }
            if (!rush.usernames().isEmpty()) {
                ScenarioBuilder record = scenarios.recordRush(feeder(db, excluded, "ADMIN"));
                populations.add(scenarios
                        .rush()
                        .injectOpen(
                                nothingFor(Duration.ofSeconds(settings.rushAfterSeconds())),
                                rampUsers(rush.usernames().size()).during(Duration.ofSeconds(settings.rushSeconds())))
                        .andThen(record.injectOpen(atOnceUsers(1))));
            }
            HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
                    .acceptLanguageHeader("zh-CN,zh;q=0.9")
                    .userAgentHeader("dangjian-load (Gatling)")
                    .disableCaching();
            setUp(populations)
                    .protocols(protocol)
                    .maxDuration(Duration.ofSeconds(
                            settings.rampSeconds() + settings.durationSeconds() + settings.rushAfterSeconds() + 300))
                    .assertions(global().failedRequests().count().is(0L));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the load run in " + settings.jdbcUrl(), e);
        }
    }

    private PopulationBuilder mixed(ScenarioBuilder scenario, double share) {
        int users = Math.max(1, (int) Math.round(settings.users() * share));
        // Users arrive over load.ramp seconds: 200 sign-ins in the same second are not a week, and each costs a
        // bcrypt hash (about 0.12 s of CPU).
        ClosedInjectionStep arrive =
                rampConcurrentUsers(0).to(users).during(Duration.ofSeconds(settings.rampSeconds()));
        ClosedInjectionStep stay =
                constantConcurrentUsers(users).during(Duration.ofSeconds(settings.durationSeconds()));
        return scenario.injectClosed(arrive, stay);
    }

    /** The role's logins, round and round (a login may be used by more than one virtual user at a time). */
    private static Iterator<Map<String, Object>> feeder(Connection db, String excluded, String role)
            throws SQLException {
        List<String> names = LoadFixture.usernames(db, role, 1_000, excluded);
        if (names.isEmpty()) {
            throw new IllegalStateException("no login with role " + role);
        }
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public synchronized Map<String, Object> next() {
                return Map.of("username", names.get(next++ % names.size()));
            }
        };
    }

    static Connection connect(LoadSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
    }

    @Override
    public void after() {
        try (Connection db = connect(settings)) {
            LoadCheck.Result result = LoadCheck.run(db, rush);
            lastCheck = result;
            System.out.println("LOAD CHECK (recordable events prepared: " + recordableEvents + "): " + result);
            if (!result.ok()) {
                throw new IllegalStateException("load check failed: " + result);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
