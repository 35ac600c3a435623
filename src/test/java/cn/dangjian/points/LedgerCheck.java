package cn.dangjian.points;

import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console's own ledger verification (chains under their keys, totals, histograms, cap counters) run from
 * outside the console against any database, for the fault tests' check after each fault ({@code LoadCheck}).
 */
public final class LedgerCheck {

    private LedgerCheck() {}

    /**
     * {@code keys} as the console's {@code app.points.chain-keys} (comma-separated id:secret); blank for a ledger
     * sealed with the public development key (the demo).
     */
    public static Verification verify(DataSource db, String keys, String currentId) {
        List<String> entries = Arrays.asList(keys.split(","));
        StandardEnvironment env = new StandardEnvironment();
        if (keys.isBlank()) {
            env.setActiveProfiles("demo");
        }
        LedgerVerifier verifier = new LedgerVerifier(new JdbcTemplate(db), new ChainKeys(entries, currentId, env));
        // One read-only transaction, as the console runs it: every table at the same snapshot.
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
        tx.setReadOnly(true);
        return tx.execute(status -> verifier.verifyAll());
    }
}
