package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.VersionIds;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Write transactions of {@link SqliteProfileSource}: each checks its precondition and appends its version inside
 * one {@code BEGIN IMMEDIATE} transaction, so writers in other processes are serialized by SQLite's write lock.
 */
public final class SqliteWrites {
    private final Connection c;
    private final Clock clock;
    private final Retention retention;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** Stores whose row this transaction has made sure of (one {@code INSERT OR IGNORE} per store and group). */
    private final Set<String> storesThisTransaction = new HashSet<>();
    /** The last snapshot (ms, 0 when none): the next write of every key keeps the version it supersedes. */
    private long snapshotMs;

    /** Work done inside one transaction with a {@link BulkWriter}. */
    @FunctionalInterface
    public interface Bulk {
        void run(BulkWriter writer) throws SQLException;
    }

    SqliteWrites(Connection c, Clock clock, Retention retention) {
        this.c = c;
        this.clock = clock;
        this.retention = retention;
    }

    /** The entry row as the transaction saw it. */
    record Current(long id, long entryCreatedMs, boolean deleted, String version, long createdMs,
                   @Nullable String userIds) {
    }

    WriteResult write(WriteRequest request) throws SQLException {
        return inTransaction(() -> {
            Optional<WriteResult> written = conditional(request, nextId());
            if (written.isEmpty()) {
                throw new VersionConflictException(request.ref(), SqliteReads.current(c, request.ref()).orElse(null));
            }
            return written.get();
        });
    }

    /**
     * A group of conditional writes in one transaction (ADR 0230): per request its result, or empty when its
     * precondition did not hold (that key is left as it is). A failure rolls the whole group back.
     */
    List<Optional<WriteResult>> writeAll(List<WriteRequest> requests) throws SQLException {
        return inTransaction(() -> {
            List<Optional<WriteResult>> out = new ArrayList<>(requests.size());
            long id = nextId(); // counted here for the whole group, as BulkWriter does
            for (WriteRequest r : requests) {
                Optional<WriteResult> w = conditional(r, id);
                out.add(w);
                if (w.isPresent()) {
                    id++;
                }
            }
            return out;
        });
    }

    /** One write inside the caller's transaction if its precondition holds, its version row under {@code id}. */
    private Optional<WriteResult> conditional(WriteRequest request, long id) throws SQLException {
        EntryRef ref = request.ref();
        Optional<Current> cur = current(ref);
        boolean exists = cur.isPresent() && !cur.get().deleted();
        Precondition p = request.precondition();
        boolean ok = switch (p.kind()) {
            case NONE -> true;
            case MUST_NOT_EXIST -> !exists;
            case MATCH_VERSION -> exists && cur.get().version().equals(p.version());
        };
        if (!ok) {
            return Optional.empty();
        }
        Instant at = clock.instant();
        long entryCreated = exists ? cur.get().entryCreatedMs() : at.toEpochMilli();
        String version = append(id, ref, request.value(), request.userIds(), request.attributesJson(), at,
                entryCreated, false, cur);
        if (cur.isPresent()) {
            applyRetention(ref, cur.get(), at);
        }
        return Optional.of(new WriteResult(version, at));
    }

    void delete(EntryRef ref) throws SQLException {
        inTransaction(() -> {
            Optional<Current> cur = current(ref);
            if (cur.isPresent() && !cur.get().deleted()) {
                append(ref, null, List.of(), "{}", clock.instant(), cur.get().entryCreatedMs(), true);
            }
        });
    }

    void bulk(Bulk work) throws SQLException {
        inTransaction(() -> {
            work.run(new BulkWriter(this));
        });
    }

    /** Appends one version and points the entry at it; returns the version id. */
    String append(EntryRef ref, byte @Nullable [] value, List<Long> userIds, String attributes, Instant at,
                  long entryCreatedMs, boolean deleted) throws SQLException {
        return append(nextId(), ref, value, userIds, attributes, at, entryCreatedMs, deleted);
    }

    /**
     * Appends with a known next row id (bulk writers count ids themselves inside their transaction). The id's N is
     * the entry's own sequence, one more than its current version's (spec/opencloud.md §7.2); the row id fills the
     * sub-millisecond ticks of B so that ids stay unique when entries are created in the same millisecond.
     */
    String append(long id, EntryRef ref, byte @Nullable [] value, List<Long> userIds, String attributes, Instant at,
                  long entryCreatedMs, boolean deleted) throws SQLException {
        return append(id, ref, value, userIds, attributes, at, entryCreatedMs, deleted, current(ref));
    }

    /** As above, {@code cur} being the entry's current row as this transaction just read it. */
    private String append(long id, EntryRef ref, byte @Nullable [] value, List<Long> userIds, String attributes,
                          Instant at, long entryCreatedMs, boolean deleted, Optional<Current> cur)
            throws SQLException {
        long sequence = cur.map(c -> Math.max(0, VersionIds.sequenceOf(c.version())) + 1).orElse(1L);
        Instant versionTicks = Instant.ofEpochMilli(at.toEpochMilli()).plusNanos((id % 10_000) * 100);
        // the index rows of the key's UserIds stand when its current version has the same ones (ADR 0230)
        boolean reindex = cur.isEmpty() || cur.get().deleted() || deleted
                || !joined(userIds).equals(cur.get().userIds());
        return append(id, ref, value, userIds, attributes, at, entryCreatedMs, deleted,
                VersionIds.of(Instant.ofEpochMilli(entryCreatedMs), sequence, versionTicks), reindex);
    }

    /** Appends a version under a given id (a mirror keeps the source's ids). */
    String append(long id, EntryRef ref, byte @Nullable [] value, List<Long> userIds, String attributes, Instant at,
                  long entryCreatedMs, boolean deleted, String version) throws SQLException {
        return append(id, ref, value, userIds, attributes, at, entryCreatedMs, deleted, version, true);
    }

    private static String joined(List<Long> userIds) {
        return userIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** {@code reindex}: false when the key's UserIds are those of its current version (its index rows stand). */
    private String append(long id, EntryRef ref, byte @Nullable [] value, List<Long> userIds, String attributes,
                          Instant at, long entryCreatedMs, boolean deleted, String version, boolean reindex)
            throws SQLException {
        {
            PreparedStatement ps = cached("INSERT INTO versions (id, store, scope, entry_key, version, "
                + "created_ms, value, user_ids, attributes, deleted) VALUES (?,?,?,?,?,?,?,?,?,?)");
            ps.setLong(1, id);
            ps.setString(2, ref.store());
            ps.setString(3, ref.scope());
            ps.setString(4, ref.key());
            ps.setString(5, version);
            ps.setLong(6, at.toEpochMilli());
            ps.setBytes(7, value);
            ps.setString(8, joined(userIds));
            ps.setString(9, attributes);
            ps.setInt(10, deleted ? 1 : 0);
            ps.executeUpdate();
        }
        {
            PreparedStatement ps = cached("INSERT INTO entries (store, scope, entry_key, current_id, "
                + "created_ms, deleted) VALUES (?,?,?,?,?,?) ON CONFLICT (store, scope, entry_key) DO UPDATE SET "
                + "current_id = excluded.current_id, created_ms = excluded.created_ms, deleted = excluded.deleted");
            ps.setString(1, ref.store());
            ps.setString(2, ref.scope());
            ps.setString(3, ref.key());
            ps.setLong(4, id);
            ps.setLong(5, entryCreatedMs);
            ps.setInt(6, deleted ? 1 : 0);
            ps.executeUpdate();
        }
        if (reindex) {
            indexUsers(ref, deleted ? List.of() : userIds);
        }
        String store = "INSERT OR IGNORE INTO stores (name, created_ms) VALUES (?,?)";
        if (storesThisTransaction.add(ref.store())) {
            PreparedStatement ps = cached(store);
            ps.setString(1, ref.store());
            ps.setLong(2, at.toEpochMilli());
            ps.executeUpdate();
        }
        return version;
    }

    /** Keeps {@code key_users} in step with the key's current UserIds (ADR 0150). */
    private void indexUsers(EntryRef ref, List<Long> userIds) throws SQLException {
        PreparedStatement del = cached("DELETE FROM key_users WHERE store = ? AND scope = ? AND entry_key = ?");
        del.setString(1, ref.store());
        del.setString(2, ref.scope());
        del.setString(3, ref.key());
        del.executeUpdate();
        for (Long id : userIds) {
            PreparedStatement ins = cached("INSERT OR IGNORE INTO key_users (user_id, store, scope, entry_key) "
                    + "VALUES (?,?,?,?)");
            ins.setLong(1, id);
            ins.setString(2, ref.store());
            ins.setString(3, ref.scope());
            ins.setString(4, ref.key());
            ins.executeUpdate();
        }
    }

    /** Of {@code versions}, the ids this store already holds (one query per 500 ids). */
    Set<String> versionsPresent(List<String> versions) throws SQLException {
        Set<String> out = new HashSet<>();
        for (int from = 0; from < versions.size(); from += 500) {
            List<String> chunk = versions.subList(from, Math.min(versions.size(), from + 500));
            String sql = "SELECT version FROM versions WHERE version IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    boolean hasEntries() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM entries LIMIT 1")) {
            return rs.next();
        }
    }

    @Nullable String setting(String name) throws SQLException {
        PreparedStatement ps = cached("SELECT value FROM settings WHERE name = ?");
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    void setting(String name, @Nullable String value) throws SQLException {
        PreparedStatement ps = cached(value == null ? "DELETE FROM settings WHERE name = ?"
                : "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = "
                + "excluded.value");
        ps.setString(1, name);
        if (value != null) {
            ps.setString(2, value);
        }
        ps.executeUpdate();
    }

    long nextId() throws SQLException {
        try (ResultSet rs = cached("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = "
                + "'versions'), 0), coalesce((SELECT max(id) FROM versions), 0)) + 1").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Optional<Current> current(EntryRef ref) throws SQLException {
        {
            PreparedStatement ps = cached("SELECT e.current_id, e.created_ms, e.deleted, v.version, "
                + "v.created_ms, v.user_ids FROM entries e JOIN versions v ON v.id = e.current_id "
                + "WHERE e.store = ? AND e.scope = ? AND e.entry_key = ?");
            ps.setString(1, ref.store());
            ps.setString(2, ref.scope());
            ps.setString(3, ref.key());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Current(rs.getLong(1), rs.getLong(2), rs.getInt(3) != 0, rs.getString(4),
                        rs.getLong(5), rs.getString(6)));
            }
        }
    }

    private void applyRetention(EntryRef ref, Current superseded, Instant now) throws SQLException {
        if (retention == Retention.KEEP_ALL) {
            return;
        }
        if (!retention.keepsSuperseded(Instant.ofEpochMilli(superseded.createdMs()), now)
                && superseded.createdMs() > snapshotMs) {
            PreparedStatement ps = cached("DELETE FROM versions WHERE id = ?");
            ps.setLong(1, superseded.id());
            ps.executeUpdate();
        }
        String expire = "DELETE FROM versions WHERE store = ? AND scope = ? AND entry_key = ? AND id < ? AND "
                + "(SELECT min(n.created_ms) FROM versions n WHERE n.store = versions.store AND n.scope = "
                + "versions.scope AND n.entry_key = versions.entry_key AND n.id > versions.id) < ?";
        PreparedStatement ps = cached(expire);
        ps.setString(1, ref.store());
        ps.setString(2, ref.scope());
        ps.setString(3, ref.key());
        ps.setLong(4, superseded.id());
        ps.setLong(5, now.minus(Retention.EXPIRY).toEpochMilli());
        ps.executeUpdate();
    }

    /** Records a snapshot taken at {@code at} (kept in the file's settings). */
    void snapshot(Instant at) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (name, value) VALUES "
                    + "('last_snapshot_ms', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, Long.toString(at.toEpochMilli()));
                ps.executeUpdate();
            }
        });
        snapshotMs = at.toEpochMilli();
    }

    /** The last snapshot's time, or null when none was taken. */
    @Nullable Instant lastSnapshot() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT value FROM settings WHERE name = 'last_snapshot_ms'")) {
            if (!rs.next()) {
                return null;
            }
            snapshotMs = Long.parseLong(rs.getString(1));
            return Instant.ofEpochMilli(snapshotMs);
        }
    }

    private PreparedStatement cached(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    void closeStatements() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        statements.clear();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private interface Step {
        void run() throws SQLException;
    }

    private void inTransaction(Step work) throws SQLException {
        inTransaction(() -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        storesThisTransaction.clear();
        try {
            T result = work.run();
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
            return result;
        } catch (Throwable e) {
            // SQLite may already have rolled back (a full disk does): keep the original error, not the rollback's.
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
    }
}
