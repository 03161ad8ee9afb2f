package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.UnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * Opens store connections once {@link StoreFiles} has examined the path (ADR 0121): the schema is checked (and, when
 * writable, created or migrated) before WAL and the other write settings are switched on, so a file that is not ours
 * never has its header rewritten.
 */
final class StoreConnections {
    private StoreConnections() {
    }

    static Connection open(Path file, boolean readOnly) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (!readOnly && dir != null) {
                Files.createDirectories(dir);
            }
            // two first writers of one file: the second's switch to WAL answers BUSY at once (SqliteBusy)
            return SqliteBusy.retrying(SqliteProfileSource.BUSY_TIMEOUT_MS, () -> attempt(file, readOnly));
        } catch (SQLException e) {
            throw StoreFiles.unreadable(file, e);
        } catch (IOException e) {
            throw new UnavailableException("Cannot open the store " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Opening the store " + file + " was interrupted", e);
        }
    }

    private static Connection attempt(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(SqliteProfileSource.BUSY_TIMEOUT_MS);
        // No store statement asks for generated keys; left on, the driver runs a second query after every insert.
        config.setGetGeneratedKeys(false);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            SqliteSchema.prepare(c, file, !readOnly);
            if (!readOnly) {
                // only once the file is known to be ours: WAL rewrites the header of a rollback-journal file
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode=WAL");
                    st.execute("PRAGMA synchronous=NORMAL");
                    st.execute("PRAGMA journal_size_limit = " + SqliteProfileSource.WAL_LIMIT_BYTES);
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** An empty store in memory: what reads of a missing or empty file see until its first write. */
    static Connection emptyInMemory(Path file) {
        try {
            Connection c = new SQLiteConfig().createConnection("jdbc:sqlite::memory:");
            SqliteSchema.prepare(c, file, true);
            return c;
        } catch (SQLException e) {
            throw new UnavailableException("Cannot prepare an empty store for " + file + ": " + e.getMessage(), e);
        }
    }
}
