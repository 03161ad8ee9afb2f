package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Appends versions with explicit times in large {@code BEGIN IMMEDIATE} transactions: the fast path for seeding
 * and benchmarks. Versions of one entry must be appended oldest first; the last one appended becomes current.
 * Checks Roblox limits like every write. Call {@link #flush()} to commit what was appended.
 */
public final class SqliteBulkLoader {
    private static final int BATCH = 20_000;
    private final Connection c;
    private final Path file;
    private final SqliteReads reads;
    private final Map<EntryRef, Long> entryIds = new HashMap<>();
    private final Map<String, Boolean> stores = new HashMap<>();
    private int pending;
    private boolean inTransaction;

    SqliteBulkLoader(Connection c, Path file, SqliteReads reads) {
        this.c = c;
        this.file = file;
        this.reads = reads;
    }

    /** Appends a value version of {@code ref} written at {@code at}. Returns the version id. */
    public String append(EntryRef ref, byte[] value, List<Long> userIds, String attributesJson, Instant at) {
        Limits.checkRef(ref);
        Limits.checkValueSize(value.length);
        Limits.checkUserIds(userIds);
        Limits.checkAttributes(attributesJson);
        return appendRaw(ref, value, userIds, attributesJson, at);
    }

    /** Appends a tombstone of {@code ref} at {@code at}. */
    public String appendTombstone(EntryRef ref, Instant at) {
        Limits.checkRef(ref);
        return appendRaw(ref, null, List.of(), "{}", at);
    }

    private String appendRaw(EntryRef ref, byte @Nullable [] value, List<Long> userIds, String attrs, Instant at) {
        long ms = at.toEpochMilli();
        try {
            begin();
            Long entryId = entryIds.get(ref);
            if (entryId == null) {
                SqliteReads.Head head = reads.head(ref);
                if (head == null) {
                    ensureStore(ref.store(), ms);
                    entryId = insertEntry(ref, ms);
                } else {
                    entryId = head.entryId();
                }
                entryIds.put(ref, entryId);
            }
            long id = SqliteWrites.append(c, new SqliteReads.Head(entryId, ms, null, 0), ref, value, userIds, attrs,
                    ms, value == null);
            if (++pending >= BATCH) {
                flush();
            }
            return VersionIds.format(id, ms);
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, "bulk load " + ref, e);
        }
    }

    private void ensureStore(String store, long ms) throws SQLException {
        if (stores.putIfAbsent(store, Boolean.TRUE) == null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO data_stores (name, created_ms) VALUES (?, ?)")) {
                ps.setString(1, store);
                ps.setLong(2, ms);
                ps.executeUpdate();
            }
        }
    }

    private long insertEntry(EntryRef ref, long ms) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entries (store, scope, entry_key, created_ms) "
                + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, ref.store());
            ps.setString(2, ref.scope());
            ps.setString(3, ref.key());
            ps.setLong(4, ms);
            ps.executeUpdate();
            return SqliteWrites.generatedKey(ps);
        }
    }

    private void begin() throws SQLException {
        if (!inTransaction) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
            pending = 0;
            inTransaction = true;
        }
    }

    /** Commits everything appended so far. */
    public void flush() {
        if (!inTransaction) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("COMMIT");
            inTransaction = false;
            pending = 0;
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, "bulk load commit", e);
        }
    }

    /** Drops everything appended since the last flush. */
    public void rollback() {
        if (!inTransaction) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, "bulk load rollback", e);
        } finally {
            inTransaction = false;
            pending = 0;
            entryIds.clear();
            stores.clear();
        }
    }
}
