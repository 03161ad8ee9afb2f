package dev.profilelens.connectors.sqlite.audit;

import dev.profilelens.connectors.sqlite.SqliteBusy;
import dev.profilelens.core.error.InspectorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;

/**
 * The open connection of one {@link SqliteAuditLog} (ADR 0192, 0230), owned by it and closed with it: WAL,
 * {@code synchronous=NORMAL} and a busy timeout, so every record is one short transaction without an fsync and
 * other processes (the app, the CLI, simulated servers) still share the file. Opening retries while SQLite answers
 * BUSY at once (two first openers of one file, as the store does: {@link SqliteBusy}). The connection is reopened
 * when the file was replaced or deleted since (same path, another file); statements are prepared once per
 * connection. Callers synchronise on the instance while they use {@link #get()} and {@link #statement}.
 */
final class AuditConnection {
    static final int BUSY_TIMEOUT_MS = 10_000;
    private final Path file;
    private final Schema schema;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private @Nullable Connection connection;
    private @Nullable Object fileKey;

    /** Creates or migrates the tables on a newly opened connection. */
    interface Schema {
        void prepare(Connection c) throws SQLException;
    }

    /** Not open until the first {@link #get()}; {@code schema} runs on every connection it opens. */
    AuditConnection(Path file, Schema schema) {
        this.file = file.toAbsolutePath().normalize();
        this.schema = schema;
    }

    /** {@code sql} prepared on the open connection (once per connection). */
    synchronized PreparedStatement statement(String sql) throws SQLException {
        Connection c = connection != null ? connection : get(); // the caller's get() checked the file just now
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** The open connection, (re)opened when there is none or the file is no longer the one it was opened on. */
    synchronized Connection get() throws SQLException {
        Object key = fileKey();
        if (connection != null && (key == null || !Objects.equals(key, fileKey))) {
            closeQuietly();
        }
        if (connection == null) {
            connection = open();
            fileKey = fileKey();
        }
        return connection;
    }

    private Connection open() throws SQLException {
        try {
            return SqliteBusy.retrying(BUSY_TIMEOUT_MS, this::attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("opening was interrupted", e);
        }
    }

    private Connection attempt() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // the log reads its ids with last_insert_rowid() itself; left on, the driver runs that query once more
        // (preparing it anew) after every insert
        config.setGetGeneratedKeys(false);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            schema.prepare(c);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private @Nullable Object fileKey() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.fileKey() == null ? a.creationTime() : a.fileKey();
        } catch (IOException missing) {
            return null;
        }
    }

    /** Closes the connection (the next {@link #get()} opens a new one). */
    synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                for (PreparedStatement ps : statements.values()) {
                    ps.close();
                }
                connection.close();
            } catch (SQLException e) {
                throw new InspectorException("Cannot close the audit log " + file + ": " + e.getMessage(), e);
            } finally {
                statements.clear();
                connection = null;
                fileKey = null;
            }
        }
    }
}
