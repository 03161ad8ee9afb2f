package dev.profilelens.connectors.sqlite.index;

import dev.profilelens.core.audit.index.ScanFeed;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.StoredEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;

/**
 * A scan feed that streams current values straight out of a ProfileLens SQLite store file over its own read-only
 * connection (ADR 0070): one keyset-paged query per page instead of a listing plus one read per key. Reads the
 * store's {@code entries}/{@code versions} tables as the store connector defines them (schema version 1).
 */
public final class SqliteStoreFeed implements ScanFeed, AutoCloseable {
    private static final String WHERE = "e.store = ? AND e.deleted = 0 AND (? IS NULL OR e.scope = ?) "
            + "AND substr(e.entry_key, 1, length(?)) = ?";
    private final Path file;
    private final ScanSpec spec;
    private final Connection c;
    private @Nullable PreparedStatement pageStatement;

    public SqliteStoreFeed(Path storeFile, ScanSpec spec) {
        this.file = storeFile;
        this.spec = spec;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(10_000);
            this.c = DriverManager.getConnection("jdbc:sqlite:" + storeFile, config.toProperties());
        } catch (SQLException e) {
            throw new InspectorException("Cannot open the store " + storeFile + " for scanning: " + e.getMessage(),
                    e);
        }
    }

    private int bindWhere(PreparedStatement p) throws SQLException {
        p.setString(1, spec.store());
        p.setString(2, spec.scope());
        p.setString(3, spec.scope());
        p.setString(4, spec.prefix());
        p.setString(5, spec.prefix());
        return 6;
    }

    @Override
    public long countKeys() {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM entries e WHERE " + WHERE)) {
            bindWhere(p);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("count keys", e);
        }
    }

    @Override
    public Page<StoredEntry> page(@Nullable String cursor, int limit) {
        String afterScope = "";
        String afterKey = "";
        if (cursor != null) {
            int nl = cursor.indexOf('\n');
            if (nl < 0) {
                throw new InspectorException("The saved scan position \"" + cursor + "\" is not from a SQLite "
                        + "store scan; start the scan again.");
            }
            afterScope = cursor.substring(0, nl);
            afterKey = cursor.substring(nl + 1);
        }
        try {
            if (pageStatement == null) {
                pageStatement = c.prepareStatement("SELECT e.scope, e.entry_key, v.value, v.version, v.user_ids, "
                        + "v.attributes, e.created_ms, v.created_ms FROM entries e JOIN versions v "
                        + "ON v.id = e.current_id WHERE " + WHERE + " AND (e.scope, e.entry_key) > (?, ?) "
                        + "ORDER BY e.scope, e.entry_key LIMIT ?");
            }
            PreparedStatement p = pageStatement;
            int i = bindWhere(p);
            p.setString(i++, afterScope);
            p.setString(i++, afterKey);
            p.setInt(i, limit);
            List<StoredEntry> out = new ArrayList<>(limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredEntry(new EntryRef(spec.store(), rs.getString(1), rs.getString(2)),
                            rs.getBytes(3), rs.getString(4), userIds(rs.getString(5)), rs.getString(6),
                            Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8))));
                }
            }
            String next = null;
            if (out.size() == limit) {
                EntryRef last = out.get(out.size() - 1).ref();
                next = last.scope() + "\n" + last.key();
            }
            return new Page<>(out, next);
        } catch (SQLException e) {
            throw failure("read a page of values", e);
        }
    }

    private static List<Long> userIds(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }

    @Override
    public void close() {
        try {
            if (pageStatement != null) {
                pageStatement.close();
            }
            c.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private InspectorException failure(String what, SQLException e) {
        return new InspectorException("Could not " + what + " in the store " + file + ": " + e.getMessage(), e);
    }
}
