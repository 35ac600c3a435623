package cn.dangjian.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.calendar.SignInService;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SignedIn;
import com.zaxxer.hikari.HikariDataSource;
import io.gatling.app.Gatling$;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The load simulation, small (issue 14): 20 users of the mixed week for 30 s and a 60-member QR rush against
 * this test's server, through Vaadin's own protocol. Asserts no failed request and exact counts in the database,
 * never timings. Leaves C08 and C11 alone (other tests count their members without logins), and removes the
 * logins and unrecorded events it made; what was recorded stays, like any other ledger entry.
 */
@IntegrationTest
// Runs last (junit-platform.properties), because what it records stays in the demo hospital; signs in only with
// logins that still have the demo's password (earlier tests change some).
@Order(Integer.MAX_VALUE)
class LoadSmokeTest {

    private static final Map<String, String> SMALL_RUN = Map.of(
            "load.users", "20",
            "load.duration", "30",
            "load.rush", "60",
            "load.rushSeconds", "30",
            "load.ramp", "10",
            "load.thinkMin", "500",
            "load.thinkMax", "2000",
            "load.excludeBranches", "C08,C11");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInService signIns;

    @Autowired
    UserDetailsService users;

    @Test
    void mixed_users_and_a_qr_rush_lose_and_double_nothing() throws Exception {
        // Earlier test classes fail sign-ins on purpose (the throttle's tests); their lock on a name or on
        // 127.0.0.1 is theirs, not this run's.
        jdbc.update("delete from login_failure");
        SMALL_RUN.forEach(System::setProperty);
        System.setProperty("load.baseUrl", "http://127.0.0.1:" + port);
        System.setProperty(
                "load.jdbcUrl", dataSource.unwrap(HikariDataSource.class).getJdbcUrl());
        ConsoleSimulation.tokens =
                id -> SignedIn.as(users, "admin", () -> signIns.code(id).token());
        ConsoleSimulation.lastCheck = null;

        int status = Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation",
            ConsoleSimulation.class.getName(),
            "--results-folder",
            "target/gatling-smoke",
            "--no-reports"
        });

        assertThat(status).as("Gatling's exit status (2: a request failed)").isZero();
        LoadCheck.Result check = ConsoleSimulation.lastCheck;
        assertThat(check).isNotNull();
        assertThat(check.rushExpected()).isEqualTo(60);
        assertThat(check.rushSignedIn())
                .as("attendance rows signed in by the rush")
                .isEqualTo(60);
        assertThat(check.rushEntries())
                .as("ledger entries for the rush's event")
                .isEqualTo(60);
        assertThat(check.rushMembersAwarded()).isEqualTo(60);
        assertThat(check.rushRecordings())
                .as("recordings of the rush's event (the administrator's, after the rush)")
                .isEqualTo(1);
        assertThat(check.heldLoadEvents())
                .as("events the secretaries recorded, plus the rush")
                .isGreaterThan(1);
        assertThat(check.heldEventsWithWrongAwards()).isZero();
        assertThat(check.doubledAwards()).isZero();
        assertThat(check.totalsDisagreeing()).isZero();
        assertThat(check.usageDisagreeing()).isZero();
    }

    @AfterEach
    void removeWhatOtherTestsWouldTrip() {
        SMALL_RUN.keySet().forEach(System::clearProperty);
        ConsoleSimulation.tokens = null;
        jdbc.update("delete from user_account where created_by = 'load-test'");
        jdbc.update("delete from cal_event where created_by = 'load-test' and status = 'PLANNED'");
    }
}
