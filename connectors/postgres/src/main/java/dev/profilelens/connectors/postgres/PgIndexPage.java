package dev.profilelens.connectors.postgres;

import dev.profilelens.core.audit.index.IndexedProfile;
import dev.profilelens.core.audit.index.IndexedValue;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Stores one page of scanned profiles in a few array-bound statements (one round trip each, not one per row):
 * unchanged versions are only marked as seen, changed ones get their values replaced, new ones are inserted.
 * Runs inside the caller's transaction.
 */
final class PgIndexPage {
    private final Connection c;
    private final long scanId;
    private final long generation;

    PgIndexPage(Connection c, long scanId, long generation) {
        this.c = c;
        this.scanId = scanId;
        this.generation = generation;
    }

    private record Known(long id, String version) {
    }

    void store(List<IndexedProfile> page) throws SQLException {
        Map<String, IndexedProfile> byKey = new HashMap<>();
        for (IndexedProfile p : page) {
            byKey.put(id(p.ref().scope(), p.ref().key()), p);
        }
        Map<String, Known> known = existing(byKey.values());
        List<Long> unchanged = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        List<IndexedProfile> fresh = new ArrayList<>();
        Map<Long, IndexedProfile> toIndex = new HashMap<>();
        for (Map.Entry<String, IndexedProfile> e : byKey.entrySet()) {
            Known k = known.get(e.getKey());
            if (k == null) {
                fresh.add(e.getValue());
            } else if (k.version().equals(e.getValue().version())) {
                unchanged.add(k.id());
            } else {
                changed.add(k.id());
                toIndex.put(k.id(), e.getValue());
            }
        }
        try (PreparedStatement seen = c.prepareStatement(
                "UPDATE index_profile SET seen_gen = ? WHERE id = ANY (?)")) {
            seen.setLong(1, generation);
            seen.setArray(2, c.createArrayOf("bigint", unchanged.toArray()));
            seen.executeUpdate();
        }
        replace(changed, toIndex);
        toIndex.putAll(insert(fresh));
        values(toIndex);
    }

    private static String id(String scope, String key) {
        return scope + "\u0000" + key;
    }

    private Map<String, Known> existing(Iterable<IndexedProfile> page) throws SQLException {
        List<String> scopes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        page.forEach(p -> {
            scopes.add(p.ref().scope());
            keys.add(p.ref().key());
        });
        Map<String, Known> out = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT p.scope, p.key, p.id, p.version FROM index_profile p "
                + "JOIN unnest(?::text[], ?::text[]) AS t(s, k) ON p.scope = t.s AND p.key = t.k "
                + "WHERE p.scan_id = ?")) {
            q.setArray(1, text(scopes));
            q.setArray(2, text(keys));
            q.setLong(3, scanId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(id(rs.getString(1), rs.getString(2)), new Known(rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private void replace(List<Long> ids, Map<Long, IndexedProfile> profiles) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement d = c.prepareStatement("DELETE FROM index_value WHERE profile_id = ANY (?)");
             PreparedStatement u = c.prepareStatement("UPDATE index_profile SET version = ?, kind = ?, "
                     + "updated_ms = ?, seen_gen = ? WHERE id = ?")) {
            d.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            d.executeUpdate();
            for (Long id : ids) {
                IndexedProfile p = Objects.requireNonNull(profiles.get(id), "a profile per id");
                u.setString(1, p.version());
                u.setString(2, p.kind().jsonName());
                u.setLong(3, p.updated().toEpochMilli());
                u.setLong(4, generation);
                u.setLong(5, id);
                u.addBatch();
            }
            u.executeBatch();
        }
    }

    private Map<Long, IndexedProfile> insert(List<IndexedProfile> fresh) throws SQLException {
        Map<Long, IndexedProfile> out = new HashMap<>();
        if (fresh.isEmpty()) {
            return out;
        }
        List<String> scopes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<Long> updated = new ArrayList<>();
        Map<String, IndexedProfile> byKey = new HashMap<>();
        for (IndexedProfile p : fresh) {
            scopes.add(p.ref().scope());
            keys.add(p.ref().key());
            versions.add(p.version());
            kinds.add(p.kind().jsonName());
            updated.add(p.updated().toEpochMilli());
            byKey.put(id(p.ref().scope(), p.ref().key()), p);
        }
        try (PreparedStatement i = c.prepareStatement("INSERT INTO index_profile (scan_id, scope, key, version, kind, "
                + "updated_ms, seen_gen) SELECT ?, s, k, v, kd, u, ? FROM unnest(?::text[], ?::text[], ?::text[], "
                + "?::text[], ?::bigint[]) AS t(s, k, v, kd, u) RETURNING id, scope, key")) {
            i.setLong(1, scanId);
            i.setLong(2, generation);
            i.setArray(3, text(scopes));
            i.setArray(4, text(keys));
            i.setArray(5, text(versions));
            i.setArray(6, text(kinds));
            i.setArray(7, c.createArrayOf("bigint", updated.toArray()));
            try (ResultSet rs = i.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), byKey.get(id(rs.getString(2), rs.getString(3))));
                }
            }
        }
        return out;
    }

    private void values(Map<Long, IndexedProfile> profiles) throws SQLException {
        Set<String> paths = new LinkedHashSet<>();
        profiles.values().forEach(p -> p.values().forEach(v -> paths.add(v.path())));
        if (paths.isEmpty()) {
            return;
        }
        Map<String, Long> pathIds = pathIds(paths);
        List<Long> pathCol = new ArrayList<>();
        List<Long> profileCol = new ArrayList<>();
        List<Short> types = new ArrayList<>();
        List<Double> nums = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Map.Entry<Long, IndexedProfile> e : profiles.entrySet()) {
            for (IndexedValue v : e.getValue().values()) {
                pathCol.add(pathIds.get(v.path()));
                profileCol.add(e.getKey());
                types.add((short) v.type().ordinal());
                nums.add(v.number());
                texts.add(v.text());
            }
        }
        try (PreparedStatement i = c.prepareStatement("INSERT INTO index_value (path_id, profile_id, type, num, text) "
                + "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::smallint[], ?::float8[], ?::text[])")) {
            i.setArray(1, c.createArrayOf("bigint", pathCol.toArray()));
            i.setArray(2, c.createArrayOf("bigint", profileCol.toArray()));
            i.setArray(3, c.createArrayOf("smallint", types.toArray()));
            i.setArray(4, c.createArrayOf("float8", nums.toArray()));
            i.setArray(5, text(texts));
            i.executeUpdate();
        }
    }

    private Map<String, Long> pathIds(Set<String> paths) throws SQLException {
        Array arr = text(new ArrayList<>(paths));
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO index_path (scan_id, path) SELECT ?, p FROM "
                + "unnest(?::text[]) AS t(p) ON CONFLICT (scan_id, path) DO NOTHING");
             PreparedStatement sel = c.prepareStatement("SELECT path, id FROM index_path WHERE scan_id = ? AND "
                     + "path = ANY (?)")) {
            ins.setLong(1, scanId);
            ins.setArray(2, arr);
            ins.executeUpdate();
            sel.setLong(1, scanId);
            sel.setArray(2, arr);
            Map<String, Long> out = new HashMap<>();
            try (ResultSet rs = sel.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        }
    }

    /** PostgreSQL text cannot hold NUL: a NUL in a key or value is stored as U+FFFD. */
    private Array text(List<String> values) throws SQLException {
        return c.createArrayOf("text", values.stream().map(v -> v.indexOf(0) < 0 ? v
                : v.replace((char) 0, '\uFFFD')).toArray());
    }
}
