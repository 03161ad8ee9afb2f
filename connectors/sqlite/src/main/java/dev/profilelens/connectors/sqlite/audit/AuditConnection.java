package dev.profilelens.connectors.sqlite.audit;

import dev.profilelens.core.error.InspectorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One open connection per audit log file in this process (ADR 0192): WAL, {@code synchronous=NORMAL} and a busy
 * timeout, so every record is one short transaction without an fsync and other processes (the app, the CLI,
 * simulated servers) still share the file. Opening and closing a connection per record cost a bulk run most of
 * its time. The connection is reopened when the file was replaced or deleted since (same path, another file).
 * Callers synchronise on the instance while they use {@link #get()}.
 */
final class AuditConnection {
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final Map<Path, AuditConnection> OPEN = new ConcurrentHashMap<>();
    private final Path file;
    private final Schema schema;
    private @Nullable Connection connection;
    private @Nullable Object fileKey;

    /** Creates or migrates the tables on a newly opened connection. */
    interface Schema {
        void prepare(Connection c) throws SQLException;
    }

    private AuditConnection(Path file, Schema schema) {
        this.file = file;
        this.schema = schema;
    }

    /** The shared connection holder of {@code file}; {@code schema} runs on every connection it opens. */
    static AuditConnection of(Path file, Schema schema) {
        return OPEN.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new AuditConnection(f, schema));
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
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
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
                connection.close();
            } catch (SQLException e) {
                throw new InspectorException("Cannot close the audit log " + file + ": " + e.getMessage(), e);
            } finally {
                connection = null;
                fileKey = null;
            }
        }
    }
}
