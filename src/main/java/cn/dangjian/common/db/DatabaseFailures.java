package cn.dangjian.common.db;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, a cluster node gone) from
 * every other failure: the user is then told "the database is unavailable, try again" instead of "something
 * went wrong", and nothing they had saved is lost (docs/decisions/0028-several-nodes-and-faults.md).
 */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    /** True when {@code error} or one of its causes says the database could not be reached. */
    public static boolean isUnavailable(@Nullable Throwable error) {
        Throwable e = error;
        int depth = 0;
        while (e != null && depth++ < 20) {
            if (e instanceof CannotCreateTransactionException
                    || e instanceof DataAccessResourceFailureException
                    || e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException
                    || e instanceof SQLRecoverableException
                    || e instanceof java.net.ConnectException
                    || e.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            e = e.getCause() == e ? null : e.getCause();
        }
        return false;
    }
}
