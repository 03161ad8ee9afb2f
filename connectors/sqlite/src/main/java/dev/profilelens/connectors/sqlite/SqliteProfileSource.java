package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.find.UserIdsLookup;
import dev.profilelens.core.store.BatchReads;
import dev.profilelens.core.store.BatchWrites;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.SourceCapabilities;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A {@link ProfileSource} in one SQLite file (ADR 0020): WAL, a busy timeout so the app, the CLI and simulated
 * servers share the file, conditional writes checked and applied inside one {@code BEGIN IMMEDIATE} transaction.
 * One connection per instance, used by one thread at a time.
 */
public final class SqliteProfileSource implements ProfileSource, UserIdsLookup, BatchReads, BatchWrites {
    static final int BUSY_TIMEOUT_MS = 15_000;
    /**
     * Size the WAL file is cut back to each time it restarts (#22 item 8): without a limit SQLite reuses the file
     * but never shrinks it, so one burst of writes while a reader held an old snapshot kept hundreds of MB.
     */
    static final long WAL_LIMIT_BYTES = 32L * 1024 * 1024;
    private final Path file;
    private final Clock clock;
    private final Retention retention;
    private final boolean readOnly;
    /** Until the first write to a missing or empty file: an empty in-memory store that reads see (ADR 0121). */
    private boolean deferred;
    private Connection connection;
    private SqliteWrites writes;
    private final @Nullable String mirrorOf;

    public SqliteProfileSource(Path file, Clock clock, Retention retention, boolean readOnly) {
        this(file, clock, retention, readOnly, false);
    }

    /** {@code mirrorTarget}: the mirror itself may write a mirror copy, which every other opener sees read-only. */
    SqliteProfileSource(Path file, Clock clock, Retention retention, boolean readOnly, boolean mirrorTarget) {
        this.file = file;
        this.clock = clock;
        this.retention = retention;
        boolean ro = readOnly || (Files.exists(file) && !Files.isWritable(file));
        this.deferred = StoreFiles.examine(file, ro) == StoreFiles.Found.NOTHING_YET;
        this.connection = deferred ? StoreConnections.emptyInMemory(file) : open(file, ro);
        this.writes = new SqliteWrites(connection, clock, retention);
        this.mirrorOf = deferred ? null : mirrorOf(writes);
        this.readOnly = ro || (mirrorOf != null && !mirrorTarget);
        lastSnapshot();
    }

    private @Nullable String mirrorOf(SqliteWrites w) {
        try {
            return w.setting(SqliteMirrorTarget.SOURCE);
        } catch (SQLException e) {
            close();
            throw StoreFiles.unreadable(file, e);
        }
    }

    /** The source this store is a mirror of (then it opens read-only), or null. */
    public @Nullable String mirrorOf() {
        return mirrorOf;
    }

    public static SqliteProfileSource open(Path file) {
        return new SqliteProfileSource(file, Clock.systemUTC(), Retention.KEEP_ALL, false);
    }

    /** A connection to a store file that is ours (created or migrated when writable); see {@link StoreConnections}. */
    static Connection open(Path file, boolean readOnly) {
        return StoreConnections.open(file, readOnly);
    }

    /** Before the first write to a missing or empty file: creates and initialises it, then works on it. */
    private void materialize() {
        if (deferred) {
            switchTo(open(file, false));
        }
    }

    /** While nothing is stored yet, a store another connection has created since is adopted before reading. */
    private Connection reader() {
        if (deferred && Files.exists(file) && StoreFiles.examine(file, readOnly) == StoreFiles.Found.STORE) {
            switchTo(open(file, readOnly));
        }
        return connection;
    }

    private void switchTo(Connection real) {
        try {
            writes.closeStatements();
            connection.close();
        } catch (SQLException e) {
            // the in-memory store holds nothing; closing it cannot lose data
        }
        connection = real;
        writes = new SqliteWrites(real, clock, retention);
        deferred = false;
        lastSnapshot(); // the snapshot time (versioning rule) belongs to the file now in use
    }

    public Path file() {
        return file;
    }

    @Override
    public String describe() {
        return "SQLite store " + file + (mirrorOf != null ? " (mirror of " + mirrorOf + ", read-only)"
                : readOnly ? " (read-only)" : "");
    }

    @Override
    public SourceCapabilities capabilities() {
        return new SourceCapabilities(readOnly, true, null);
    }

    @Override
    public synchronized Page<DataStoreInfo> listDataStores(String prefix, @Nullable String cursor, int limit) {
        // one lower bound for the index seek, as SqlPaging.keysOfScope
        String sql = "SELECT name, created_ms FROM stores WHERE name >= max(?, ?) AND name > ? ORDER BY name LIMIT ?";
        try (PreparedStatement ps = reader().prepareStatement(sql)) {
            String after = cursor == null ? "" : cursor;
            ps.setString(1, prefix);
            ps.setString(2, after);
            ps.setString(3, after);
            ps.setInt(4, limit + 1);
            List<DataStoreInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && rs.getString(1).startsWith(prefix)) {
                    out.add(new DataStoreInfo(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))));
                }
            }
            return SqlPaging.page(out, limit, DataStoreInfo::name);
        } catch (SQLException e) {
            throw failure("list data stores", e);
        }
    }

    @Override
    public synchronized Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix,
                                                @Nullable String cursor, int limit) {
        return listKeys(store, scope, prefix, cursor, limit, false);
    }

    /** {@link #listKeys} that can also list tombstoned keys (Open Cloud v1 lists them; v2 with showDeleted). */
    public synchronized Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix,
                                                @Nullable String cursor, int limit, boolean includeDeleted) {
        Limits.checkName("data store name", store);
        try {
            return scope == null
                    ? SqlPaging.keysOfAllScopes(reader(), store, prefix, cursor, limit, includeDeleted)
                    : SqlPaging.keysOfScope(reader(), store, scope, prefix, cursor, limit, includeDeleted);
        } catch (SQLException e) {
            throw failure("list keys of " + store, e);
        }
    }

    @Override
    public synchronized Optional<StoredEntry> read(EntryRef ref) {
        Limits.checkRef(ref);
        try {
            return SqliteReads.current(reader(), ref);
        } catch (SQLException e) {
            throw failure("read " + ref, e);
        }
    }

    @Override
    public synchronized Map<EntryRef, StoredEntry> readAll(List<EntryRef> refs) {
        refs.forEach(Limits::checkRef);
        try {
            return SqliteReads.currentAll(reader(), refs);
        } catch (SQLException e) {
            throw failure("read " + refs.size() + " keys", e);
        }
    }

    @Override
    public synchronized WriteResult write(WriteRequest request) {
        refuseIfReadOnly();
        Limits.checkWrite(request);
        materialize();
        try {
            return writes.write(request);
        } catch (SQLException e) {
            throw failure("write " + request.ref(), e);
        }
    }

    @Override
    public synchronized List<Optional<WriteResult>> writeAll(List<WriteRequest> requests) {
        refuseIfReadOnly();
        requests.forEach(Limits::checkWrite);
        materialize();
        try {
            return writes.writeAll(requests);
        } catch (SQLException e) {
            throw failure("write " + requests.size() + " keys", e);
        }
    }

    @Override
    public synchronized void delete(EntryRef ref) {
        refuseIfReadOnly();
        Limits.checkRef(ref);
        try {
            if (deferred) {
                return;
            }
            writes.delete(ref);
        } catch (SQLException e) {
            throw failure("delete " + ref, e);
        }
    }

    @Override
    public synchronized Page<VersionInfo> listVersions(EntryRef ref, VersionQuery query, @Nullable String cursor,
                                                       int limit) {
        Limits.checkRef(ref);
        try {
            return SqliteReads.versions(reader(), ref, query, cursor, limit);
        } catch (SQLException e) {
            throw failure("list versions of " + ref, e);
        }
    }

    @Override
    public synchronized Optional<StoredEntry> readVersion(EntryRef ref, String version) {
        Limits.checkRef(ref);
        try {
            return SqliteReads.version(reader(), ref, version);
        } catch (SQLException e) {
            throw failure("read version " + version + " of " + ref, e);
        }
    }

    /** Records a snapshot: the next write of every key keeps the version it supersedes, whatever the hour. */
    public synchronized void snapshot(Instant at) {
        refuseIfReadOnly();
        try {
            writes.snapshot(at);
        } catch (SQLException e) {
            throw failure("record a snapshot", e);
        }
    }

    /** When the last snapshot was taken, if ever. */
    public synchronized Optional<Instant> lastSnapshot() {
        try {
            return Optional.ofNullable(writes.lastSnapshot());
        } catch (SQLException e) {
            throw failure("read the last snapshot time", e);
        }
    }

    @Override
    public synchronized List<EntryRef> keysHolding(long userId) {
        try {
            return SqliteUserIds.keysHolding(reader(), userId);
        } catch (SQLException e) {
            throw failure("find the keys of UserId " + userId, e);
        }
    }

    /** Every UserId some current key lists in its UserIds metadata, ascending (the sandbox's players). */
    public synchronized long[] userIds() {
        try {
            return SqliteUserIds.allUserIds(reader());
        } catch (SQLException e) {
            throw failure("list the UserIds held", e);
        }
    }

    /** Runs {@code work} with this store's connection inside one transaction (bulk seeding, benchmarks). */
    public synchronized void bulk(SqliteWrites.Bulk work) {
        refuseIfReadOnly();
        materialize();
        try {
            writes.bulk(work);
        } catch (SQLException e) {
            throw failure("bulk write", e);
        }
    }

    /**
     * For a file that no other connection can see yet (the sandbox's {@code .partial} file): turns off the rollback
     * journal and fsync, so a bulk load writes each page once instead of twice (WAL, then checkpoint). A crash
     * meanwhile can damage the file, so the caller must discard it unless {@link #endPrivateLoad()} ran.
     */
    public synchronized void beginPrivateLoad() {
        refuseIfReadOnly();
        materialize();
        pragmas("start a private bulk load", "PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF",
                "PRAGMA cache_size=-65536");
    }

    /** Restores WAL and synchronous=NORMAL (ADR 0020) after {@link #beginPrivateLoad()}. */
    public synchronized void endPrivateLoad() {
        pragmas("end a private bulk load", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                "PRAGMA cache_size=-2000");
    }

    private void pragmas(String what, String... sql) {
        try (Statement st = connection.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    Clock clock() {
        return clock;
    }

    /** Test seam: makes the file full after {@code pages} pages (SQLite's max_page_count), like a full disk. */
    synchronized void limitPages(long pages) {
        refuseIfReadOnly();
        materialize();
        pragmas("limit the file size", "PRAGMA max_page_count = " + pages);
    }

    private void refuseIfReadOnly() {
        if (readOnly) {
            throw new RefusedException("The store " + file + " is open read-only; nothing was written.");
        }
    }

    private InspectorException failure(String what, SQLException e) {
        if (e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || s.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
            return new UnavailableException("The store " + file + " stayed busy (another process holds it) for "
                    + BUSY_TIMEOUT_MS / 1000 + " s; could not " + what + ".", e);
        }
        if (e instanceof SQLiteException s && StoreFiles.isDamage(s)) {
            return new InvalidInputException("The store " + file + " is damaged (SQLite reports corruption while "
                    + "trying to " + what + "); nothing was changed. Restore it from a backup, or for the sandbox "
                    + "delete it and run `profilelens sandbox` again.", e);
        }
        return new InspectorException("Could not " + what + " in " + file + ": " + e.getMessage(), e);
    }

    /**
     * Copies the WAL into the database and truncates it (waits up to the busy timeout for readers of older
     * snapshots); returns the WAL pages that could not be copied yet (0 when it was truncated).
     */
    public synchronized long checkpoint() {
        refuseIfReadOnly();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            return rs.next() ? Math.max(0, rs.getLong(2) - rs.getLong(3)) : 0;
        } catch (SQLException e) {
            throw failure("checkpoint " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writes.closeStatements();
            if (!readOnly) {
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw new InspectorException("Could not close " + file + ": " + e.getMessage(), e);
        }
    }
}
