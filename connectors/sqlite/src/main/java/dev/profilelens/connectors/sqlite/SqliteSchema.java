package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InspectorException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema of a ProfileLens store file. The file is marked with {@code PRAGMA application_id} and
 * carries its schema version in {@code PRAGMA user_version} and the {@code schema_migrations} table. Opening a
 * file that is not ours, or that a newer ProfileLens wrote, fails with a message naming the file; it never resets.
 */
final class SqliteSchema {
    /** "PLNS" as a big-endian int: marks a ProfileLens store file. */
    static final int APPLICATION_ID = 0x504C4E53;
    static final int CURRENT_VERSION = 1;

    private static final List<String> V1 = List.of(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL,"
                    + " description TEXT NOT NULL)",
            "CREATE TABLE data_stores (name TEXT PRIMARY KEY, created_ms INTEGER NOT NULL) WITHOUT ROWID",
            "CREATE TABLE entries (id INTEGER PRIMARY KEY, store TEXT NOT NULL, scope TEXT NOT NULL,"
                    + " entry_key TEXT NOT NULL, created_ms INTEGER NOT NULL, current_id INTEGER)",
            "CREATE UNIQUE INDEX entries_key ON entries(store, entry_key, scope)",
            "CREATE TABLE versions (id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL REFERENCES entries(id),"
                    + " created_ms INTEGER NOT NULL, deleted INTEGER NOT NULL, value BLOB, user_ids TEXT NOT NULL,"
                    + " attributes TEXT NOT NULL)",
            "CREATE INDEX versions_entry ON versions(entry_id, id)");

    private SqliteSchema() {
    }

    /** Creates or migrates the schema; refuses foreign, newer or unreadable files. */
    static void prepare(Connection c, Path file, boolean readOnly) {
        try {
            int appId = intPragma(c, "application_id");
            int version = intPragma(c, "user_version");
            boolean empty = countTables(c) == 0;
            if (appId != APPLICATION_ID && !(appId == 0 && empty)) {
                throw new InspectorException("The file " + file + " is not a ProfileLens store (it is some other "
                        + "SQLite database); pick another file or move this one away — it was not changed");
            }
            if (version > CURRENT_VERSION) {
                throw new InspectorException("The store " + file + " was written by a newer ProfileLens (schema "
                        + version + ", this version reads up to " + CURRENT_VERSION + "); update ProfileLens");
            }
            if (version == CURRENT_VERSION) {
                return;
            }
            if (readOnly) {
                throw new InspectorException("The store " + file + " is read-only and "
                        + (empty ? "empty" : "needs a schema upgrade") + "; open it writable once");
            }
            migrate(c, version);
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, "open", e);
        }
    }

    private static void migrate(Connection c, int from) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                int now = intPragma(c, "user_version");
                if (now < 1 && from < 1) {
                    for (String sql : V1) {
                        s.execute(sql);
                    }
                    s.execute("INSERT INTO schema_migrations VALUES (1, " + System.currentTimeMillis()
                            + ", 'entries, versions and data stores')");
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = 1");
                }
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private static int countTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
