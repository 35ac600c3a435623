package cn.dangjian.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.support.IntegrationTest;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** The retry policy for lost conflicts (deadlocks, Galera certification failures), on the real MariaDB. */
@IntegrationTest
class RetryOnConflictTest {

    @Autowired
    ConflictProbe probe;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void table() {
        jdbc.execute("create table if not exists retry_probe (id int primary key, n int not null) engine=InnoDB");
        jdbc.update("delete from retry_probe");
        jdbc.update("insert into retry_probe (id, n) values (1, 0), (2, 0)");
        probe.reset();
    }

    @AfterEach
    void drop() {
        jdbc.execute("drop table if exists retry_probe");
    }

    @Test
    void a_real_deadlock_is_retried_and_both_calls_count_exactly_once() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = pool.submit(() -> {
                probe.addToBoth(1, 2, barrier);
                return null;
            });
            Future<?> two = pool.submit(() -> {
                probe.addToBoth(2, 1, barrier);
                return null;
            });
            one.get(30, TimeUnit.SECONDS);
            two.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        // One thread lost the deadlock and ran again: three attempts, and each row got exactly two additions.
        assertThat(probe.attempts()).isEqualTo(3);
        assertThat(jdbc.queryForList("select n from retry_probe order by id", Integer.class))
                .containsExactly(2, 2);
    }

    @Test
    void a_lost_lock_is_retried_a_bounded_number_of_times() {
        assertThatThrownBy(probe::alwaysLosesLock).isInstanceOf(CannotAcquireLockException.class);
        assertThat(probe.attempts()).isEqualTo(5);
    }

    @Test
    void inside_a_callers_transaction_the_failure_goes_up_unretried() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> probe.alwaysLosesLock()))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(probe.attempts()).isEqualTo(1);
    }

    @Test
    void a_stale_form_is_not_retried() {
        assertThatThrownBy(probe::alwaysStale).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(probe.attempts()).isEqualTo(1);
    }
}
