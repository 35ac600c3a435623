package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The nightly job stores its result and runs only under the ShedLock lock (one node of several). */
@IntegrationTest
class NightlyLedgerVerificationTest {

    @Autowired
    NightlyLedgerVerification nightly;

    @Autowired
    JdbcTemplate jdbc;

    private int nightlyRuns() {
        return jdbc.queryForObject(
                "select count(*) from points_verification_run where triggered_by = 'NIGHTLY'", Integer.class);
    }

    @Test
    void the_nightly_job_takes_the_lock_stores_its_result_and_is_skipped_while_the_lock_is_held() {
        jdbc.update("delete from shedlock where name = ?", NightlyLedgerVerification.LOCK);
        int before = nightlyRuns();
        try {
            nightly.run();
            assertThat(nightlyRuns()).isEqualTo(before + 1);
            Map<String, Object> run = jdbc.queryForMap("""
                    select status, started_by, finished_at, entries_checked from points_verification_run
                    where triggered_by = 'NIGHTLY' order by id desc limit 1""");
            assertThat(run.get("status")).isIn("OK", "BROKEN");
            assertThat(run.get("started_by")).isEqualTo("system");
            assertThat(run.get("finished_at")).isNotNull();
            assertThat(((Number) run.get("entries_checked")).longValue()).isPositive();
            // The lock row names this node and is held a while after the run (lockAtLeastFor), by the database clock.
            Map<String, Object> lock = jdbc.queryForMap("""
                    select locked_by, lock_until > current_timestamp(3) as held from shedlock where name = ?""", NightlyLedgerVerification.LOCK);
            assertThat((String) lock.get("locked_by")).isNotBlank();
            assertThat(((Number) lock.get("held")).intValue()).isEqualTo(1);
            // A second node firing at the same time finds the lock taken and does nothing.
            nightly.run();
            assertThat(nightlyRuns()).isEqualTo(before + 1);
        } finally {
            jdbc.update("delete from shedlock where name = ?", NightlyLedgerVerification.LOCK);
        }
    }

    @Test
    void the_shedlock_table_exists_with_the_columns_shedlock_uses() {
        assertThat(jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_schema = database() and table_name = 'shedlock' order by column_name""", String.class))
                .containsExactlyInAnyOrder("lock_until", "locked_at", "locked_by", "name");
    }
}
