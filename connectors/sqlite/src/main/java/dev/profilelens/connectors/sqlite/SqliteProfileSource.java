package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.SourceCapabilities;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A profile source in one SQLite file (WAL, every version kept unless {@link Retention#ROBLOX}). Several
 * processes may share the file: each conditional write runs in one {@code BEGIN IMMEDIATE} transaction, so the
 * check and the write cannot interleave with another writer. One connection per instance; methods are
 * synchronized so threads of one process can share an instance.
 */
public final class SqliteProfileSource implements ProfileSource {
    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private final boolean readOnly;
    private final Retention retention;
    private final SqliteReads reads;
    private @Nullable SqliteBulkLoader bulk;

    /** Opens (creating when missing) a writable store that keeps every version. */
    public static SqliteProfileSource open(Path file) {
        return new SqliteProfileSource(file, new SqliteOptions(false, Retention.KEEP_ALL, Clock.systemUTC()));
    }

    public SqliteProfileSource(Path file, SqliteOptions options) {
        this.file = file;
        this.clock = options.clock();
        this.retention = options.retention();
        this.readOnly = options.readOnly() || SqliteFiles.isReadOnlyFile(file);
        this.connection = SqliteFiles.connect(file, readOnly);
        try {
            SqliteSchema.prepare(connection, file, readOnly);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        this.reads = new SqliteReads(connection, file);
    }

    public Path file() {
        return file;
    }

    @Override
    public String describe() {
        return "sqlite (" + file + ")" + (readOnly ? " read-only" : "");
    }

    @Override
    public SourceCapabilities capabilities() {
        return new SourceCapabilities(readOnly, true, null);
    }

    @Override
    public synchronized Page<DataStoreInfo> listDataStores(String prefix, @Nullable String cursor, int limit) {
        return reads.listDataStores(prefix, cursor, checkLimit(limit));
    }

    @Override
    public synchronized Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix,
                                                @Nullable String cursor, int limit) {
        Limits.checkName("data store name", store);
        if (scope != null) {
            Limits.checkName("scope", scope);
        }
        return reads.listKeys(store, scope, prefix, cursor, checkLimit(limit));
    }

    @Override
    public synchronized Optional<StoredEntry> read(EntryRef ref) {
        Limits.checkRef(ref);
        return reads.current(ref);
    }

    @Override
    public synchronized WriteResult write(WriteRequest request) {
        refuseIfReadOnly("write to " + request.ref());
        Limits.checkWrite(request);
        EntryRef ref = request.ref();
        return inWriteTransaction("write " + ref, () -> {
            SqliteReads.Head head = reads.head(ref);
            Precondition p = request.precondition();
            boolean exists = head != null && head.currentId() != null;
            boolean ok = switch (p.kind()) {
                case NONE -> true;
                case MUST_NOT_EXIST -> !exists;
                case MATCH_VERSION -> exists && VersionIds.matches(p.version(), head.currentId(), head.currentMs());
            };
            if (!ok) {
                throw new VersionConflictException(ref, exists ? reads.current(ref).orElse(null) : null);
            }
            long now = clock.millis();
            long id = SqliteWrites.append(connection, head, ref, request.value(), request.userIds(),
                    request.attributesJson(), now, false);
            if (retention == Retention.ROBLOX) {
                SqliteWrites.prune(connection, head == null ? reads.head(ref).entryId() : head.entryId(), now);
            }
            return new WriteResult(VersionIds.format(id, now), Instant.ofEpochMilli(now));
        });
    }

    @Override
    public synchronized void delete(EntryRef ref) {
        refuseIfReadOnly("delete " + ref);
        Limits.checkRef(ref);
        inWriteTransaction("delete " + ref, () -> {
            SqliteReads.Head head = reads.head(ref);
            if (head != null && head.currentId() != null) {
                SqliteWrites.append(connection, head, ref, null, List.of(), "{}", clock.millis(), true);
            }
            return null;
        });
    }

    @Override
    public synchronized Page<VersionInfo> listVersions(EntryRef ref, VersionQuery query, @Nullable String cursor,
                                                       int limit) {
        Limits.checkRef(ref);
        return reads.listVersions(ref, query, cursor, checkLimit(limit));
    }

    @Override
    public synchronized Optional<StoredEntry> readVersion(EntryRef ref, String version) {
        Limits.checkRef(ref);
        long id = VersionIds.parse(version);
        return id < 0 ? Optional.empty() : reads.version(ref, id);
    }

    /**
     * A loader that appends many versions with explicit times in large transactions (seeding, benchmarks).
     * Not for user edits: it skips preconditions. Commit or close it before using this source again.
     */
    public synchronized SqliteBulkLoader bulkLoader() {
        refuseIfReadOnly("bulk load");
        if (bulk == null) {
            bulk = new SqliteBulkLoader(connection, file, reads);
        }
        return bulk;
    }

    /** Applies the Roblox-like retention to every entry now (a no-op under keep-all). Returns versions removed. */
    public synchronized int applyRetention() {
        refuseIfReadOnly("prune old versions");
        if (retention == Retention.KEEP_ALL) {
            return 0;
        }
        return inWriteTransaction("prune old versions", () -> SqliteWrites.pruneAll(connection, clock.millis()));
    }

    /** Number of stored versions (tombstones included) of all entries: for tests and the sandbox report. */
    public synchronized long versionCount() {
        return reads.count("SELECT count(*) FROM versions");
    }

    private <T> T inWriteTransaction(String action, SqlWork<T> work) {
        try {
            try (PreparedStatement begin = connection.prepareStatement("BEGIN IMMEDIATE")) {
                begin.execute();
            }
            boolean done = false;
            try {
                T result = work.run();
                try (PreparedStatement commit = connection.prepareStatement("COMMIT")) {
                    commit.execute();
                }
                done = true;
                return result;
            } finally {
                if (!done) {
                    try (PreparedStatement rollback = connection.prepareStatement("ROLLBACK")) {
                        rollback.execute();
                    }
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, action, e);
        }
    }

    /** Work inside a write transaction. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private void refuseIfReadOnly(String action) {
        if (readOnly) {
            throw new RefusedException("The store " + file + " is open read-only; " + action + " refused");
        }
    }

    private static int checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return limit;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection that failed to open: nothing left to release
        }
    }

    /** For the package: whether a result set column is null (used by readers). */
    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
