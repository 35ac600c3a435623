package cn.dangjian.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database dies under the running console (killed, crashed): the console starts it again on the
 * same data, says so in the log, and serves again without a restart, with every committed row still there.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseRestartTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_killed_embedded_database_is_started_again_with_its_data(CapturedOutput output) throws Exception {
        int port = EmbeddedMariaDb.running().orElseThrow().port();
        Integer members = jdbc.queryForObject("select count(*) from party_member", Integer.class);
        assertThat(members).isPositive();
        List<ProcessHandle> servers = server(port);
        assertThat(servers).hasSize(1);
        long before = servers.get(0).pid();

        servers.get(0).destroyForcibly();
        servers.get(0).onExit().get();

        Integer after = null;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (after == null && Instant.now().isBefore(deadline)) {
            try {
                after = jdbc.queryForObject("select count(*) from party_member", Integer.class);
            } catch (RuntimeException stillDown) {
                assertThat(DatabaseFailures.isUnavailable(stillDown))
                        .as("while it restarts the failure reads as 'database unavailable': %s", stillDown)
                        .isTrue();
                Thread.sleep(500);
            }
        }
        assertThat(after).isEqualTo(members);
        assertThat(server(port)).singleElement().extracting(ProcessHandle::pid).isNotEqualTo(before);
        assertThat(output.getAll())
                .contains("is not answering; starting it again")
                .contains("is back on port");
    }

    private static List<ProcessHandle> server(int port) {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("mariadbd") && c.contains("--port=" + port))
                        .orElse(false))
                .toList();
    }
}
