package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The read queries of a SQLite store. Callers hold the source's monitor. */
final class SqliteReads {
    /** An entry row: its id, first write time and current version (null when tombstoned). */
    record Head(long entryId, long createdMs, @Nullable Long currentId, long currentMs) {
    }

    private static final String VERSION_COLUMNS = "v.id, v.created_ms, v.deleted, v.value, v.user_ids, "
            + "v.attributes, e.created_ms AS entry_created";
    private final Connection c;
    private final Path file;

    SqliteReads(Connection c, Path file) {
        this.c = c;
        this.file = file;
    }

    @Nullable Head head(EntryRef ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.created_ms, e.current_id, v.created_ms "
                + "FROM entries e LEFT JOIN versions v ON v.id = e.current_id "
                + "WHERE e.store = ? AND e.entry_key = ? AND e.scope = ?")) {
            ps.setString(1, ref.store());
            ps.setString(2, ref.key());
            ps.setString(3, ref.scope());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long cur = rs.getLong(3);
                boolean none = rs.wasNull();
                return new Head(rs.getLong(1), rs.getLong(2), none ? null : cur, rs.getLong(4));
            }
        }
    }

    Optional<StoredEntry> current(EntryRef ref) {
        return query(ref, "e.current_id", -1, "read " + ref);
    }

    Optional<StoredEntry> version(EntryRef ref, long versionId) {
        return query(ref, "?", versionId, "read version of " + ref);
    }

    private Optional<StoredEntry> query(EntryRef ref, String idExpr, long id, String action) {
        String sql = "SELECT " + VERSION_COLUMNS + " FROM entries e JOIN versions v ON v.entry_id = e.id "
                + "WHERE e.store = ? AND e.entry_key = ? AND e.scope = ? AND v.id = " + idExpr;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, ref.store());
            ps.setString(2, ref.key());
            ps.setString(3, ref.scope());
            if (id >= 0) {
                ps.setLong(4, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt("deleted") != 0) {
                    return Optional.empty();
                }
                long ms = rs.getLong("created_ms");
                return Optional.of(new StoredEntry(ref, rs.getBytes("value"), VersionIds.format(rs.getLong("id"), ms),
                        UserIdsText.parse(rs.getString("user_ids")), rs.getString("attributes"),
                        Instant.ofEpochMilli(rs.getLong("entry_created")), Instant.ofEpochMilli(ms)));
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, action, e);
        }
    }

    Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix, @Nullable String cursor,
                            int limit) {
        String afterKey = "";
        String afterScope = "";
        if (cursor != null) {
            int split = cursor.indexOf('\u0000');
            afterKey = split < 0 ? cursor : cursor.substring(0, split);
            afterScope = split < 0 ? "" : cursor.substring(split + 1);
        }
        String sql = "SELECT entry_key, scope FROM entries WHERE store = ? AND entry_key GLOB ? "
                + "AND (entry_key, scope) > (?, ?) AND current_id IS NOT NULL"
                + (scope == null ? "" : " AND scope = ?") + " ORDER BY entry_key, scope LIMIT ?";
        List<EntryRef> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, store);
            ps.setString(i++, globPrefix(prefix));
            ps.setString(i++, afterKey);
            ps.setString(i++, cursor == null ? "" : afterScope);
            if (scope != null) {
                ps.setString(i++, scope);
            }
            ps.setInt(i, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EntryRef(store, rs.getString(2), rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, "list keys of " + store, e);
        }
        if (out.size() <= limit) {
            return new Page<>(out, null);
        }
        EntryRef last = out.get(limit - 1);
        return new Page<>(out.subList(0, limit), last.key() + '\u0000' + last.scope());
    }

    private static String globPrefix(String prefix) {
        StringBuilder b = new StringBuilder();
        for (char ch : prefix.toCharArray()) {
            switch (ch) {
                case '*' -> b.append("[*]");
                case '?' -> b.append("[?]");
                case '[' -> b.append("[[]");
                default -> b.append(ch);
            }
        }
        return b.append('*').toString();
    }

    Page<DataStoreInfo> listDataStores(String prefix, @Nullable String cursor, int limit) {
        String sql = "SELECT name, created_ms FROM data_stores WHERE name GLOB ? AND name > ? ORDER BY name LIMIT ?";
        List<DataStoreInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, globPrefix(prefix));
            ps.setString(2, cursor == null ? "" : cursor);
            ps.setInt(3, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DataStoreInfo(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))));
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, "list data stores", e);
        }
        if (out.size() <= limit) {
            return new Page<>(out, null);
        }
        return new Page<>(out.subList(0, limit), out.get(limit - 1).name());
    }

    Page<VersionInfo> listVersions(EntryRef ref, VersionQuery q, @Nullable String cursor, int limit) {
        long after = cursor == null ? (q.descending() ? Long.MAX_VALUE : 0) : parseCursor(cursor);
        String sql = "SELECT v.id, v.created_ms, v.deleted, length(v.value) FROM entries e "
                + "JOIN versions v ON v.entry_id = e.id WHERE e.store = ? AND e.entry_key = ? AND e.scope = ? "
                + "AND v.created_ms >= ? AND v.created_ms <= ? AND v.id " + (q.descending() ? "<" : ">") + " ? "
                + "ORDER BY v.id " + (q.descending() ? "DESC" : "ASC") + " LIMIT ?";
        List<VersionInfo> out = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, ref.store());
            ps.setString(2, ref.key());
            ps.setString(3, ref.scope());
            ps.setLong(4, q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli());
            ps.setLong(5, q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli());
            ps.setLong(6, after);
            ps.setInt(7, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long ms = rs.getLong(2);
                    boolean deleted = rs.getInt(3) != 0;
                    ids.add(id);
                    out.add(new VersionInfo(VersionIds.format(id, ms), Instant.ofEpochMilli(ms), deleted,
                            deleted ? 0 : rs.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, "list versions of " + ref, e);
        }
        if (out.size() <= limit) {
            return new Page<>(out, null);
        }
        return new Page<>(out.subList(0, limit), Long.toString(ids.get(limit - 1)));
    }

    private static long parseCursor(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new dev.profilelens.core.error.InvalidInputException("The version cursor \"" + cursor
                    + "\" is not one this store handed out", "cursor");
        }
    }

    long count(String sql) {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, "count", e);
        }
    }
}
