package dev.profilelens.connectors.sqlite;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/**
 * Retries SQLite work that fails with BUSY or LOCKED at once rather than waiting for the busy timeout: two first
 * writers of one file, where switching to WAL needs a lock SQLite will not wait for while the other creates the
 * schema (it answers BUSY rather than deadlock). Used when opening store and audit log connections.
 */
public final class SqliteBusy {
    private static final long RETRY_MILLIS = 20;

    private SqliteBusy() {
    }

    /** Work that may fail with BUSY. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws SQLException;
    }

    /** {@code attempt}, tried again every 20 ms while it fails with BUSY or LOCKED, for at most {@code timeoutMs}. */
    public static <T> T retrying(long timeoutMs, Attempt<T> attempt) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (true) {
            try {
                return attempt.run();
            } catch (SQLException e) {
                if (!busy(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(RETRY_MILLIS);
            }
        }
    }

    /** True when {@code e} is SQLite's BUSY or LOCKED. */
    public static boolean busy(SQLException e) {
        return e.getErrorCode() == SQLiteErrorCode.SQLITE_BUSY.code
                || e.getErrorCode() == SQLiteErrorCode.SQLITE_LOCKED.code;
    }
}
