package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Read queries of {@link SqliteProfileSource}. */
final class SqliteReads {
    private static final String ENTRY_COLUMNS = "v.value, v.version, v.user_ids, v.attributes, e.created_ms, "
            + "v.created_ms";

    private SqliteReads() {
    }

    static Optional<StoredEntry> current(Connection c, EntryRef ref) throws SQLException {
        String sql = "SELECT " + ENTRY_COLUMNS + " FROM entries e JOIN versions v ON v.id = e.current_id "
                + "WHERE e.store = ? AND e.scope = ? AND e.entry_key = ? AND e.deleted = 0";
        return one(c, sql, ref, null);
    }

    /** The current entries of those of {@code refs} that exist: one query per store and scope among them. */
    static Map<EntryRef, StoredEntry> currentAll(Connection c, List<EntryRef> refs) throws SQLException {
        Map<EntryRef, StoredEntry> out = new HashMap<>();
        Map<List<String>, List<EntryRef>> byScope = new LinkedHashMap<>();
        for (EntryRef r : refs) {
            byScope.computeIfAbsent(List.of(r.store(), r.scope()), k -> new ArrayList<>()).add(r);
        }
        for (List<EntryRef> group : byScope.values()) {
            String sql = "SELECT e.entry_key, " + ENTRY_COLUMNS + " FROM entries e JOIN versions v "
                    + "ON v.id = e.current_id WHERE e.store = ? AND e.scope = ? AND e.deleted = 0 AND e.entry_key IN ("
                    + String.join(",", Collections.nCopies(group.size(), "?")) + ")";
            EntryRef first = group.get(0);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, first.store());
                ps.setString(2, first.scope());
                for (int i = 0; i < group.size(); i++) {
                    ps.setString(3 + i, group.get(i).key());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        EntryRef ref = new EntryRef(first.store(), first.scope(), rs.getString(1));
                        out.put(ref, new StoredEntry(ref, rs.getBytes(2), rs.getString(3), userIds(rs.getString(4)),
                                rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)),
                                Instant.ofEpochMilli(rs.getLong(7))));
                    }
                }
            }
        }
        return out;
    }

    static Optional<StoredEntry> version(Connection c, EntryRef ref, String version) throws SQLException {
        String sql = "SELECT " + ENTRY_COLUMNS + " FROM versions v JOIN entries e ON e.store = v.store "
                + "AND e.scope = v.scope AND e.entry_key = v.entry_key "
                + "WHERE v.store = ? AND v.scope = ? AND v.entry_key = ? AND v.version = ? AND v.deleted = 0";
        return one(c, sql, ref, version);
    }

    private static Optional<StoredEntry> one(Connection c, String sql, EntryRef ref, @Nullable String version)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, ref.store());
            ps.setString(2, ref.scope());
            ps.setString(3, ref.key());
            if (version != null) {
                ps.setString(4, version);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredEntry(ref, rs.getBytes(1), rs.getString(2), userIds(rs.getString(3)),
                        rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6))));
            }
        }
    }

    static Page<VersionInfo> versions(Connection c, EntryRef ref, VersionQuery q, @Nullable String cursor, int limit)
            throws SQLException {
        String order = q.descending() ? "DESC" : "ASC";
        String after = q.descending() ? "id < ?" : "id > ?";
        String sql = "SELECT id, version, created_ms, deleted, length(value) FROM versions WHERE store = ? "
                + "AND scope = ? AND entry_key = ? AND created_ms >= ? AND created_ms <= ? AND " + after
                + " ORDER BY id " + order + " LIMIT ?";
        List<long[]> ids = new ArrayList<>();
        List<VersionInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, ref.store());
            ps.setString(2, ref.scope());
            ps.setString(3, ref.key());
            ps.setLong(4, q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli());
            ps.setLong(5, q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli());
            ps.setLong(6, cursor != null ? Long.parseLong(cursor) : q.descending() ? Long.MAX_VALUE : 0);
            ps.setInt(7, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(new long[] {rs.getLong(1)});
                    out.add(new VersionInfo(rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)), rs.getInt(4) != 0,
                            rs.getLong(5)));
                }
            }
        }
        if (out.size() <= limit) {
            return new Page<>(out, null);
        }
        return new Page<>(out.subList(0, limit), Long.toString(ids.get(limit - 1)[0]));
    }

    static List<Long> userIds(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }
}
