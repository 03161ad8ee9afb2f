package dev.profilelens.connectors.sqlite.index;

import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.audit.index.GroupCount;
import dev.profilelens.core.audit.index.IndexFilter;
import dev.profilelens.core.audit.index.IndexRow;
import dev.profilelens.core.audit.index.IndexedProfile;
import dev.profilelens.core.audit.index.IndexedValue;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.audit.index.ScanState;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The audit index in one SQLite file (ADR 0070): one row per profile, one row per (path, profile) value, two query
 * indexes over the values. Each {@link #put} is one transaction together with the scan cursor.
 */
public final class SqliteAuditIndex implements AuditIndex {
    private final Path file;
    private final Connection c;
    private final Map<String, Long> pathIds = new HashMap<>();
    private final IndexQueries queries;
    private long nextProfileId;
    private boolean indexed;
    private @Nullable PreparedStatement insertProfile;
    private @Nullable PreparedStatement insertValue;

    private SqliteAuditIndex(Path file, Connection c) throws SQLException {
        this.file = file;
        this.c = c;
        this.queries = new IndexQueries(c, this::pathId);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, path FROM paths")) {
            while (rs.next()) {
                pathIds.put(rs.getString(2), rs.getLong(1));
            }
        }
        nextProfileId = longQuery("SELECT coalesce(max(id), 0) + 1 FROM profiles");
    }

    /** Opens (creating when absent) the index file. */
    public static SqliteAuditIndex open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA cache_size=-65536");
                s.execute("PRAGMA temp_store=MEMORY");
            }
            try {
                IndexSchema.prepare(c, file.toString());
                return new SqliteAuditIndex(file, c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new InvalidInputException("Cannot open the audit index " + file + ": " + e.getMessage(),
                    file.toString());
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<ScanState> state() {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT spec, cursor, done, total, finished FROM scan WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new ScanState(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                    rs.getInt(5) != 0));
        } catch (SQLException e) {
            throw failure("read the scan state", e);
        }
    }

    @Override
    public synchronized void begin(ScanSpec spec, long total) {
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM vals");
                s.execute("DELETE FROM profiles");
                s.execute("DELETE FROM paths");
                s.execute("DELETE FROM scan");
                for (String q : IndexSchema.DROP_QUERY_INDEXES) {
                    s.execute(q);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO scan (id, spec, cursor, done, total, finished) VALUES (1, ?, NULL, 0, ?, 0)")) {
                p.setString(1, spec.describe());
                p.setLong(2, total);
                p.executeUpdate();
            }
            c.commit();
            pathIds.clear();
            nextProfileId = 1;
            indexed = false;
        } catch (SQLException e) {
            throw rollback("start the scan", e);
        } finally {
            autoCommit();
        }
    }

    @Override
    public synchronized void put(List<IndexedProfile> profiles, @Nullable String nextCursor, long done) {
        try {
            c.setAutoCommit(false);
            PreparedStatement ip = profileStatement();
            PreparedStatement iv = valueStatement();
            long[] ids = new long[profiles.size()];
            for (int k = 0; k < profiles.size(); k++) {
                IndexedProfile p = profiles.get(k);
                ids[k] = nextProfileId + k;
                ip.setLong(1, ids[k]);
                ip.setString(2, p.ref().scope());
                ip.setString(3, p.ref().key());
                ip.setString(4, p.version());
                ip.setString(5, p.kind().jsonName());
                ip.setLong(6, p.updated().toEpochMilli());
                ip.addBatch();
            }
            int[] inserted = ip.executeBatch();
            nextProfileId += profiles.size();
            for (int k = 0; k < profiles.size(); k++) {
                if (inserted[k] == 0) {
                    ids[k] = replaceProfile(profiles.get(k));
                }
                for (IndexedValue v : profiles.get(k).values()) {
                    iv.setLong(1, pathIdOrCreate(v.path()));
                    iv.setLong(2, ids[k]);
                    iv.setInt(3, v.type().ordinal());
                    if (v.number() == null) {
                        iv.setNull(4, Types.REAL);
                    } else {
                        iv.setDouble(4, v.number());
                    }
                    iv.setString(5, v.text());
                    iv.addBatch();
                }
            }
            iv.executeBatch();
            try (PreparedStatement s = c.prepareStatement("UPDATE scan SET cursor = ?, done = ? WHERE id = 1")) {
                s.setString(1, nextCursor);
                s.setLong(2, done);
                s.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw rollback("store a page of the scan", e);
        } finally {
            autoCommit();
        }
    }

    private long replaceProfile(IndexedProfile p) throws SQLException {
        long id;
        // the key was indexed before (a listing may repeat a key): replace its row and values
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM profiles WHERE scope = ? AND key = ?")) {
            q.setString(1, p.ref().scope());
            q.setString(2, p.ref().key());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement d = c.prepareStatement("DELETE FROM vals WHERE profile_id = ?");
             PreparedStatement u = c.prepareStatement(
                     "UPDATE profiles SET version = ?, kind = ?, updated_ms = ? WHERE id = ?")) {
            d.setLong(1, id);
            d.executeUpdate();
            u.setString(1, p.version());
            u.setString(2, p.kind().jsonName());
            u.setLong(3, p.updated().toEpochMilli());
            u.setLong(4, id);
            u.executeUpdate();
        }
        return id;
    }

    /** Builds the query indexes when missing (after a scan, or before querying a cancelled one). */
    private void ensureQueryIndexes() throws SQLException {
        if (!indexed) {
            try (Statement s = c.createStatement()) {
                for (String q : IndexSchema.QUERY_INDEXES) {
                    s.execute(q);
                }
            }
            indexed = true;
        }
    }

    @Override
    public synchronized void finish(long done) {
        try (Statement s = c.createStatement()) {
            ensureQueryIndexes();
            s.execute("ANALYZE");
            s.executeUpdate("UPDATE scan SET cursor = NULL, finished = 1, done = " + done + " WHERE id = 1");
        } catch (SQLException e) {
            throw failure("finish the scan", e);
        }
    }

    @Override
    public synchronized List<String> paths() {
        return pathIds.keySet().stream().sorted().toList();
    }

    @Override
    public synchronized long count(List<IndexFilter> filters) {
        return guard("count", () -> queries.count(filters));
    }

    @Override
    public synchronized List<GroupCount> groupBy(String path, List<IndexFilter> filters) {
        return guard("group by " + path, () -> queries.groupBy(path, filters));
    }

    @Override
    public synchronized List<IndexRow> rows(List<IndexFilter> filters, List<String> columns, long offset,
                                            int limit) {
        String store = state().map(st -> st.spec().split("\n", 2)[0]).orElse("");
        return guard("list rows", () -> queries.rows(store, filters, columns, offset, limit));
    }

    @Override
    public synchronized long exportCsv(List<IndexFilter> filters, List<String> columns, Writer out) {
        return guard("export CSV", () -> queries.exportCsv(filters, columns, out));
    }

    @Override
    public synchronized void close() {
        try {
            if (insertProfile != null) {
                insertProfile.close();
            }
            if (insertValue != null) {
                insertValue.close();
            }
            c.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private long pathId(String path) {
        Long id = pathIds.get(path);
        return id == null ? -1 : id;
    }

    private long pathIdOrCreate(String path) throws SQLException {
        Long id = pathIds.get(path);
        if (id != null) {
            return id;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO paths (path) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, path);
            p.executeUpdate();
            try (ResultSet rs = p.getGeneratedKeys()) {
                rs.next();
                long created = rs.getLong(1);
                pathIds.put(path, created);
                return created;
            }
        }
    }

    private PreparedStatement profileStatement() throws SQLException {
        if (insertProfile == null) {
            insertProfile = c.prepareStatement("INSERT INTO profiles (id, scope, key, version, kind, updated_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (scope, key) DO NOTHING");
        }
        return insertProfile;
    }

    private PreparedStatement valueStatement() throws SQLException {
        if (insertValue == null) {
            insertValue = c.prepareStatement(
                    "INSERT INTO vals (path_id, profile_id, type, num, text) VALUES (?, ?, ?, ?, ?)");
        }
        return insertValue;
    }

    private long longQuery(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    interface SqlWork<T> {
        T run() throws SQLException, IOException;
    }

    /** Runs a query, with the query indexes in place. */
    private <T> T guard(String what, SqlWork<T> work) {
        try {
            ensureQueryIndexes();
            return work.run();
        } catch (SQLException | IOException e) {
            throw new InspectorException("Could not " + what + " in the audit index " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private InspectorException rollback(String what, SQLException e) {
        try {
            c.rollback();
            pathIds.clear();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, path FROM paths")) {
                while (rs.next()) {
                    pathIds.put(rs.getString(2), rs.getLong(1));
                }
            }
            nextProfileId = longQuery("SELECT coalesce(max(id), 0) + 1 FROM profiles");
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
        return failure(what, e);
    }

    private void autoCommit() {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure("end a transaction", e);
        }
    }

    private InspectorException failure(String what, SQLException e) {
        return new InspectorException("Could not " + what + " in the audit index " + file + ": " + e.getMessage(),
                e);
    }
}
