package app.kiroku.shared.data;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/** Tells the database failures a user can simply wait out or retry from the ones that are bugs. */
public final class DatabaseFailures {

    /** MariaDB's "Deadlock found when trying to get lock", also what Galera reports for a certification conflict. */
    private static final int ER_LOCK_DEADLOCK = 1213;
    /** "Lock wait timeout exceeded". */
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

    private DatabaseFailures() {}

    /** The database could not be reached (down, restarting, network): nothing was written, trying later may work. */
    public static boolean isUnreachable(@Nullable Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The transaction lost a lock race and was rolled back (a deadlock, a lock wait timeout, or on a Galera cluster a
     * certification conflict with a write on another node): the same request can simply be made again.
     */
    public static boolean isRetryable(@Nullable Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException || t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == ER_LOCK_DEADLOCK || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
