package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store file's schema and its migrations (ADR 0021). A file is ours when its {@code application_id} is
 * {@link #APPLICATION_ID}; {@code user_version} is the schema version. Foreign databases, newer schemas and files
 * that are not SQLite are refused with the file named — never reset.
 */
final class SqliteSchema {
    /** "PLNS" — ProfileLens store. */
    static final int APPLICATION_ID = 0x504C4E53;
    /** Migrations, index i upgrades schema version i to i + 1. */
    private static final List<String[]> MIGRATIONS = List.<String[]>of(new String[] {
        "CREATE TABLE stores (name TEXT PRIMARY KEY, created_ms INTEGER NOT NULL) WITHOUT ROWID",
        "CREATE TABLE versions (id INTEGER PRIMARY KEY AUTOINCREMENT, store TEXT NOT NULL, scope TEXT NOT NULL, "
                + "entry_key TEXT NOT NULL, version TEXT NOT NULL UNIQUE, created_ms INTEGER NOT NULL, "
                + "value BLOB, user_ids TEXT NOT NULL, attributes TEXT NOT NULL, deleted INTEGER NOT NULL)",
        "CREATE INDEX versions_entry ON versions (store, scope, entry_key, created_ms)",
        "CREATE TABLE entries (store TEXT NOT NULL, scope TEXT NOT NULL, entry_key TEXT NOT NULL, "
                + "current_id INTEGER NOT NULL, created_ms INTEGER NOT NULL, deleted INTEGER NOT NULL, "
                + "PRIMARY KEY (store, scope, entry_key)) WITHOUT ROWID",
        "CREATE INDEX entries_by_key ON entries (store, entry_key, scope)",
        "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    }, new String[] {
        // Which current keys list a UserId in their UserIds metadata (find a player, ADR 0150).
        "CREATE TABLE key_users (user_id INTEGER NOT NULL, store TEXT NOT NULL, scope TEXT NOT NULL, "
                + "entry_key TEXT NOT NULL, PRIMARY KEY (user_id, store, scope, entry_key)) WITHOUT ROWID",
        "CREATE INDEX key_users_by_key ON key_users (store, scope, entry_key)",
        "INSERT OR IGNORE INTO key_users SELECT CAST(j.value AS INTEGER), e.store, e.scope, e.entry_key "
                + "FROM entries e JOIN versions v ON v.id = e.current_id, json_each('[' || v.user_ids || ']') j "
                + "WHERE e.deleted = 0 AND v.user_ids <> ''",
    });
    static final int LATEST = MIGRATIONS.size();

    private SqliteSchema() {
    }

    /** What an SQLite database holds, once a foreign or newer one has been refused. */
    enum Content { BLANK, STORE }

    /** Refuses a database of another program or of a newer ProfileLens, from its application id and version. */
    static void check(Path file, int appId, int version) {
        if (appId != APPLICATION_ID) {
            throw new InvalidInputException("The file " + file + " belongs to another program (application id "
                    + Integer.toHexString(appId) + "); it was left untouched.");
        }
        if (version > LATEST) {
            throw new InvalidInputException("The store " + file + " was written by a newer ProfileLens (schema "
                    + version + ", this version reads up to " + LATEST + "). Update ProfileLens to open it.");
        }
    }

    /** Reads, and never changes, what the database holds: refuses foreign and newer ones, tells blank from ours. */
    static Content inspect(Connection c, Path file) throws SQLException {
        // both read by one statement: one consistent look even while another connection creates the schema
        int appId;
        int version;
        int tables;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.application_id, v.user_version, (SELECT count(*) FROM "
                     + "sqlite_master WHERE type = 'table') FROM pragma_application_id() a, pragma_user_version() v")) {
            rs.next();
            appId = rs.getInt(1);
            version = rs.getInt(2);
            tables = rs.getInt(3);
        }
        if (appId == 0 && version == 0) {
            if (tables > 0) {
                throw new InvalidInputException("The file " + file + " is an SQLite database of another program, "
                        + "not a ProfileLens store; it was left untouched.");
            }
            return Content.BLANK;
        }
        check(file, appId, version);
        return Content.STORE;
    }

    /** Checks the file is a ProfileLens store we can read; creates or migrates it when {@code writable}. */
    static void prepare(Connection c, Path file, boolean writable) throws SQLException {
        Content content = inspect(c, file);
        int version = content == Content.BLANK ? 0 : pragmaInt(c, "user_version");
        if (content == Content.BLANK && !writable) {
            throw new InvalidInputException("The file " + file + " is an empty database and read-only; it cannot "
                    + "become a ProfileLens store.");
        }
        if (version < LATEST) {
            if (!writable) {
                throw new InspectorException("The store " + file + " uses an older schema and is read-only, so it "
                        + "cannot be upgraded.");
            }
            migrate(c);
        }
    }

    /** Upgrades under an immediate (write) lock, re-reading the version: two first writers migrate once. */
    private static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                int from = pragmaInt(c, "user_version");
                for (int v = from; v < LATEST; v++) {
                    for (String sql : MIGRATIONS.get(v)) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA user_version = " + LATEST);
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
