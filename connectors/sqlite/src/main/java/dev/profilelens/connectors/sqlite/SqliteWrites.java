package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.EntryRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Write statements of a SQLite store; callers run them inside a {@code BEGIN IMMEDIATE} transaction. */
final class SqliteWrites {
    private static final String PRUNE = "DELETE FROM versions WHERE entry_id = ?1 AND created_ms < ?2 "
            + "AND id NOT IN (SELECT min(id) FROM versions WHERE entry_id = ?1 GROUP BY created_ms / "
            + Retention.HOUR_MILLIS + ") AND id <> coalesce((SELECT current_id FROM entries WHERE id = ?1), -1)";

    private SqliteWrites() {
    }

    /** Appends a version (a tombstone when {@code deleted}) and makes it current; returns its row id. */
    static long append(Connection c, SqliteReads.@Nullable Head head, EntryRef ref, byte @Nullable [] value,
                       List<Long> userIds, String attributes, long nowMs, boolean deleted) throws SQLException {
        long entryId;
        if (head == null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO data_stores (name, created_ms) VALUES (?, ?)")) {
                ps.setString(1, ref.store());
                ps.setLong(2, nowMs);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO entries (store, scope, entry_key, "
                    + "created_ms) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, ref.store());
                ps.setString(2, ref.scope());
                ps.setString(3, ref.key());
                ps.setLong(4, nowMs);
                ps.executeUpdate();
                entryId = generatedKey(ps);
            }
        } else {
            entryId = head.entryId();
        }
        long versionId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO versions (entry_id, created_ms, deleted, value, "
                + "user_ids, attributes) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, entryId);
            ps.setLong(2, nowMs);
            ps.setInt(3, deleted ? 1 : 0);
            ps.setBytes(4, value);
            ps.setString(5, UserIdsText.format(userIds));
            ps.setString(6, attributes);
            ps.executeUpdate();
            versionId = generatedKey(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE entries SET current_id = ? WHERE id = ?")) {
            if (deleted) {
                ps.setNull(1, java.sql.Types.INTEGER);
            } else {
                ps.setLong(1, versionId);
            }
            ps.setLong(2, entryId);
            ps.executeUpdate();
        }
        return versionId;
    }

    static long generatedKey(Statement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no row id returned");
            }
            return keys.getLong(1);
        }
    }

    /** Roblox-like retention for one entry: drops old versions that are not their UTC hour's first write. */
    static int prune(Connection c, long entryId, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PRUNE)) {
            ps.setLong(1, entryId);
            ps.setLong(2, nowMs - Retention.WINDOW_MILLIS);
            return ps.executeUpdate();
        }
    }

    static int pruneAll(Connection c, long nowMs) throws SQLException {
        int removed = 0;
        List<Long> ids = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT entry_id FROM versions WHERE created_ms < ?")) {
            ps.setLong(1, nowMs - Retention.WINDOW_MILLIS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        for (long id : ids) {
            removed += prune(c, id, nowMs);
        }
        return removed;
    }
}
