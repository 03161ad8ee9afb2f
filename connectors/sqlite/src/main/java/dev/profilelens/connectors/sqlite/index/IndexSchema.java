package dev.profilelens.connectors.sqlite.index;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Tables of an audit index file (ADR 0070). */
final class IndexSchema {
    /** "PLAI" — ProfileLens audit index. */
    static final int APPLICATION_ID = 0x504C4149;
    static final int VERSION = 1;

    private static final String[] TABLES = {
        "CREATE TABLE IF NOT EXISTS scan (id INTEGER PRIMARY KEY CHECK (id = 1), spec TEXT NOT NULL, cursor TEXT, "
                + "done INTEGER NOT NULL, total INTEGER NOT NULL, finished INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS paths (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE)",
        "CREATE TABLE IF NOT EXISTS profiles (id INTEGER PRIMARY KEY, scope TEXT NOT NULL, key TEXT NOT NULL, "
                + "version TEXT NOT NULL, kind TEXT NOT NULL, updated_ms INTEGER NOT NULL, UNIQUE (scope, key))",
        "CREATE TABLE IF NOT EXISTS vals (path_id INTEGER NOT NULL, profile_id INTEGER NOT NULL, "
                + "type INTEGER NOT NULL, num REAL, text TEXT NOT NULL, PRIMARY KEY (path_id, profile_id)) "
                + "WITHOUT ROWID",
    };
    /**
     * Built when the scan has stored every page (or before the first query of an unfinished scan), not kept up
     * while inserting: values arrive in random order within a path, and past the page cache the upkeep made the
     * writer the bottleneck (ADR 0070, 2026-11-30 addendum).
     */
    static final String[] QUERY_INDEXES = {
        "CREATE INDEX IF NOT EXISTS vals_num ON vals (path_id, num)",
        "CREATE INDEX IF NOT EXISTS vals_text ON vals (path_id, text, type)",
    };
    static final String[] DROP_QUERY_INDEXES = {"DROP INDEX IF EXISTS vals_num", "DROP INDEX IF EXISTS vals_text"};

    private IndexSchema() {
    }

    /** Creates the tables in a new file; refuses a file that is something else. */
    static void prepare(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement()) {
            int appId = intPragma(s, "application_id");
            boolean empty;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                empty = rs.next() && rs.getInt(1) == 0;
            }
            if (!empty && appId != APPLICATION_ID) {
                throw new SQLException(where + " is not a ProfileLens audit index");
            }
            if (!empty && intPragma(s, "user_version") > VERSION) {
                throw new SQLException(where + " was written by a newer ProfileLens (index format "
                        + intPragma(s, "user_version") + ")");
            }
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + VERSION);
            for (String t : TABLES) {
                s.execute(t);
            }
        }
    }

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
