package dev.profilelens.connectors.postgres;

import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.audit.index.GroupCount;
import dev.profilelens.core.audit.index.IndexFilter;
import dev.profilelens.core.audit.index.IndexRow;
import dev.profilelens.core.audit.index.IndexedProfile;
import dev.profilelens.core.audit.index.ScanBusyException;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.audit.index.ScanState;
import dev.profilelens.core.error.InspectorException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One shared index (a named scan) in the team database. Writing takes a session advisory lock on the scan's name, so
 * two people starting the same scan get one scan: the second is told who runs it and reads its progress from
 * {@link #state()}. Scanning a spec again refreshes incrementally: only keys whose version changed get their values
 * rewritten, keys no longer listed are dropped when the scan finishes.
 */
public final class PgAuditIndex implements AuditIndex {
    static final String WORK_MEM = "64MB";
    private final TeamDatabase db;
    private final String name;
    private final Connection c;
    private boolean locked;

    private PgAuditIndex(TeamDatabase db, String name, Connection c) {
        this.db = db;
        this.name = name;
        this.c = c;
    }

    /** Opens the shared index called {@code name} (usually the source and spec, see {@link #nameFor}). */
    public static PgAuditIndex open(TeamDatabase db, String name) {
        try {
            Connection c = db.dedicatedConnection();
            try (var s = c.createStatement()) {
                // queries over a 1,000,000-profile index hash a few hundred thousand ids: in memory, not in
                // temporary files (the server default of 4 MB spilled them; ADR 0213)
                s.execute("SET work_mem = '" + WORK_MEM + "'");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return new PgAuditIndex(db, name, c);
        } catch (SQLException e) {
            throw PgErrors.readFailed("open the shared index " + name, db.settings().url(), e);
        }
    }

    /** The shared name of the index of {@code spec} over a source. */
    public static String nameFor(String sourceDescription, ScanSpec spec) {
        return sourceDescription + "\n" + spec.describe();
    }

    private @Nullable Long scanId() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM index_scan WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public synchronized Optional<ScanState> state() {
        String sql = "SELECT spec, cursor, done, total, finished FROM index_scan WHERE name = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ScanState(rs.getString(1), decode(rs.getString(2)), rs.getLong(3),
                        rs.getLong(4), rs.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw fail("read the scan state", e);
        }
    }

    /** Who started the scan (database login), when one is recorded. */
    public synchronized Optional<String> startedBy() {
        try (PreparedStatement p = c.prepareStatement("SELECT started_by FROM index_scan WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("read the scan state", e);
        }
    }

    @Override
    public synchronized void begin(ScanSpec spec, long total) {
        inTransaction("start the scan", () -> {
            lock();
            Optional<ScanState> st = state();
            if (st.isPresent() && st.get().spec().equals(spec.describe())) {
                try (PreparedStatement p = c.prepareStatement("UPDATE index_scan SET generation = generation + 1, "
                        + "cursor = NULL, done = 0, total = ?, finished = false, started_by = session_user, "
                        + "updated_at = clock_timestamp() WHERE name = ?")) {
                    p.setLong(1, total);
                    p.setString(2, name);
                    p.executeUpdate();
                }
                return;
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM index_scan WHERE name = ?");
                 PreparedStatement i = c.prepareStatement("INSERT INTO index_scan (name, spec, cursor, done, total, "
                         + "finished) VALUES (?, ?, NULL, 0, ?, false)")) {
                d.setString(1, name);
                d.executeUpdate();
                i.setString(1, name);
                i.setString(2, spec.describe());
                i.setLong(3, total);
                i.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void put(List<IndexedProfile> profiles, @Nullable String nextCursor, long done) {
        inTransaction("store a page of the scan", () -> {
            lock();
            long[] scan = scanAndGeneration();
            new PgIndexPage(c, scan[0], scan[1]).store(profiles);
            try (PreparedStatement s = c.prepareStatement("UPDATE index_scan SET cursor = ?, done = ?, "
                    + "updated_at = clock_timestamp() WHERE id = ?")) {
                s.setString(1, encode(nextCursor));
                s.setLong(2, done);
                s.setLong(3, scan[0]);
                s.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void finish(long done) {
        inTransaction("finish the scan", () -> {
            lock();
            long[] scan = scanAndGeneration();
            try (PreparedStatement gone = c.prepareStatement(
                    "DELETE FROM index_profile WHERE scan_id = ? AND seen_gen < ?");
                 PreparedStatement empty = c.prepareStatement("DELETE FROM index_path p WHERE scan_id = ? AND NOT "
                         + "EXISTS (SELECT 1 FROM index_value v WHERE v.path_id = p.id)");
                 PreparedStatement s = c.prepareStatement("UPDATE index_scan SET cursor = NULL, finished = true, "
                         + "done = ?, updated_at = clock_timestamp() WHERE id = ?")) {
                gone.setLong(1, scan[0]);
                gone.setLong(2, scan[1]);
                gone.executeUpdate();
                empty.setLong(1, scan[0]);
                empty.executeUpdate();
                s.setLong(1, done);
                s.setLong(2, scan[0]);
                s.executeUpdate();
            }
        });
        unlock();
    }

    /** A source's cursor is opaque and may hold characters PostgreSQL text cannot (NUL): stored as Base64. */
    private static @Nullable String encode(@Nullable String cursor) {
        return cursor == null ? null
                : Base64.getEncoder().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable String decode(@Nullable String stored) {
        return stored == null ? null : new String(Base64.getDecoder().decode(stored), StandardCharsets.UTF_8);
    }

    private long[] scanAndGeneration() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, generation FROM index_scan WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new InspectorException("The shared index " + name + " was removed during the scan");
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** Takes the scan's advisory lock for this session, or says who holds it. */
    private void lock() throws SQLException {
        if (locked) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
            p.setString(1, c.getSchema() + "/" + name);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                locked = rs.getBoolean(1);
            }
        }
        if (!locked) {
            Optional<ScanState> st = state();
            String by = startedBy().orElse("Someone");
            throw new ScanBusyException(by, by + " is already running this scan ("
                    + st.map(s -> s.done() + " of " + s.total() + " keys").orElse("starting")
                    + "); its progress shows here and the index is shared, so there is no need to scan twice.");
        }
    }

    private void unlock() {
        if (!locked) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_unlock(hashtextextended(?, 0))")) {
            p.setString(1, c.getSchema() + "/" + name);
            p.execute();
            locked = false;
        } catch (SQLException e) {
            throw fail("release the scan lock", e);
        }
    }

    @Override
    public synchronized List<String> paths() {
        return read("list paths", id -> {
            try (PreparedStatement p = c.prepareStatement("SELECT path FROM index_path WHERE scan_id = ? "
                    + "ORDER BY path")) {
                p.setLong(1, id);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        }, List.of());
    }

    @Override
    public synchronized long count(List<IndexFilter> filters) {
        return read("count", id -> new PgIndexQueries(id).count(c, filters), 0L);
    }

    @Override
    public synchronized List<GroupCount> groupBy(String path, List<IndexFilter> filters) {
        return read("group by " + path, id -> new PgIndexQueries(id).groupBy(c, path, filters), List.of());
    }

    @Override
    public synchronized List<IndexRow> rows(List<IndexFilter> filters, List<String> columns, long offset,
                                            int limit) {
        String store = state().map(st -> st.spec().split("\n", 2)[0]).orElse("");
        return read("list rows", id -> new PgIndexQueries(id).rows(c, store, filters, columns, offset, limit),
                List.of());
    }

    @Override
    public synchronized long exportCsv(List<IndexFilter> filters, List<String> columns, Writer out) {
        return read("export CSV", id -> new PgIndexQueries(id).exportCsv(c, filters, columns, out), 0L);
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }

    private interface Read<T> {
        T run(long scanId) throws SQLException, IOException;
    }

    private interface Work {
        void run() throws SQLException;
    }

    private <T> T read(String what, Read<T> work, T none) {
        try {
            Long id = scanId();
            return id == null ? none : work.run(id);
        } catch (SQLException e) {
            throw fail(what, e);
        } catch (IOException e) {
            throw new InspectorException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    private void inTransaction(String what, Work work) {
        try {
            c.setAutoCommit(false);
            try {
                work.run();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw fail(what, e);
        }
    }

    private InspectorException fail(String what, SQLException e) {
        return PgErrors.readFailed(what + " in the shared index", db.settings().url(), e);
    }
}
