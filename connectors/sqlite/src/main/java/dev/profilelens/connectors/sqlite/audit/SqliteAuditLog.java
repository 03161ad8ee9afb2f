package dev.profilelens.connectors.sqlite.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditChanges;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditOutcome;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InspectorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The audit log in a local SQLite file: one row per write made through ProfileLens, recorded as intended before the
 * write and updated with its outcome (a row left "unconfirmed" is a write whose outcome never came), with the intents
 * it applied (old → new per path) as the team log keeps them. Each log keeps one open connection
 * ({@link AuditConnection}, WAL, ADR 0192) until it is closed; other logs and processes share the file through
 * SQLite's locks. A bulk edit's group of writes is recorded in one transaction before and one after (ADR 0230).
 */
public final class SqliteAuditLog implements AuditLog, AutoCloseable {
    private static final String SCHEMA = "CREATE TABLE IF NOT EXISTS audit_log (id INTEGER PRIMARY KEY, "
            + "time_ms INTEGER NOT NULL, os_user TEXT NOT NULL, connection TEXT NOT NULL, store TEXT NOT NULL, "
            + "scope TEXT NOT NULL, entry_key TEXT NOT NULL, version_before TEXT, version_after TEXT NOT NULL, "
            + "action TEXT NOT NULL, patch TEXT NOT NULL, reason TEXT NOT NULL)";
    /** Columns added for two-step recording and team details; rows from before them are confirmed writes. */
    private static final String[][] ADDED = {
        {"status", "TEXT NOT NULL DEFAULT 'done'"},
        {"display_name", "TEXT NOT NULL DEFAULT ''"},
        {"universe", "TEXT NOT NULL DEFAULT ''"},
        {"batch", "TEXT NOT NULL DEFAULT ''"},
        {"changes", "TEXT NOT NULL DEFAULT '[]'"},
    };
    private static final String INSERT = "INSERT INTO audit_log (time_ms, os_user, connection, store, scope, "
            + "entry_key, version_before, version_after, action, patch, reason, status, display_name, universe, "
            + "batch, changes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String OUTCOME = "UPDATE audit_log SET status = ?, version_after = ? WHERE id = ? "
            + "AND status = 'unconfirmed'";
    private final Path file;
    private final AuditConnection shared;

    /** Opens (creating when missing) the log at {@code file}; {@link #close()} closes its connection. */
    public SqliteAuditLog(Path file) {
        this.file = file;
        this.shared = new AuditConnection(file, SqliteAuditLog::prepare);
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            synchronized (shared) {
                shared.get();
            }
        } catch (SQLException | IOException e) {
            throw new InspectorException("Cannot open the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    private static void prepare(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(SCHEMA);
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("PRAGMA table_info(audit_log)")) {
                while (rs.next()) {
                    columns.add(rs.getString("name"));
                }
            }
            for (String[] col : ADDED) {
                if (!columns.contains(col[0])) {
                    s.execute("ALTER TABLE audit_log ADD COLUMN " + col[0] + " " + col[1]);
                }
            }
            s.execute("CREATE INDEX IF NOT EXISTS audit_log_key ON audit_log(entry_key, time_ms)");
        }
    }

    /** Closes this log's connection (a later call opens it again). */
    @Override
    public void close() {
        shared.close();
    }

    @Override
    public void record(AuditEntry e) {
        use("write to", c -> insert(e));
    }

    @Override
    public PendingWrite recordIntent(AuditEntry entry) {
        AuditEntry intended = entry.intended();
        return new PendingWrite(use("write to", c -> insert(intended)), intended);
    }

    @Override
    public void recordOutcome(PendingWrite pending, AuditStatus outcome, String versionAfter) {
        recordOutcomes(List.of(new AuditOutcome(pending, outcome, versionAfter)));
    }

    /** Every intent in one transaction: all recorded, or none (the exception). */
    @Override
    public List<PendingWrite> recordIntents(List<AuditEntry> entries) {
        return use("write to", c -> inTransaction(c, t -> {
            List<PendingWrite> out = new ArrayList<>(entries.size());
            for (AuditEntry e : entries) {
                AuditEntry intended = e.intended();
                out.add(new PendingWrite(insert(intended), intended));
            }
            return out;
        }));
    }

    /** Every outcome in one transaction; none is recorded when one names no unconfirmed write. */
    @Override
    public void recordOutcomes(List<AuditOutcome> outcomes) {
        use("write to", c -> inTransaction(c, t -> {
            PreparedStatement ps = shared.statement(OUTCOME);
            for (AuditOutcome o : outcomes) {
                ps.setString(1, o.status().label());
                ps.setString(2, o.versionAfter());
                ps.setLong(3, o.pending().id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("it has no unconfirmed write " + o.pending().id());
                }
            }
            return Boolean.TRUE;
        }));
    }

    private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        try {
            T result = work.run(c);
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
    }

    private long insert(AuditEntry e) throws SQLException {
        return insert(shared, e);
    }

    /** Work on the shared connection. */
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T use(String what, Work<T> work) {
        synchronized (shared) {
            try {
                return work.run(shared.get());
            } catch (SQLException ex) {
                throw new InspectorException("Cannot " + what + " the audit log " + file + ": " + ex.getMessage(), ex);
            }
        }
    }

    private static long insert(AuditConnection shared, AuditEntry e) throws SQLException {
        PreparedStatement ps = shared.statement(INSERT);
        {
            ps.setLong(1, e.time().toEpochMilli());
            ps.setString(2, e.user());
            ps.setString(3, e.connection());
            ps.setString(4, e.store());
            ps.setString(5, e.scope());
            ps.setString(6, e.key());
            ps.setString(7, e.versionBefore());
            ps.setString(8, e.versionAfter());
            ps.setString(9, e.action());
            ps.setString(10, RobloxJson.compactReport(e.patch()));
            ps.setString(11, e.reason());
            ps.setString(12, e.status().label());
            ps.setString(13, e.displayName());
            ps.setString(14, e.universe());
            ps.setString(15, e.batch());
            ps.setString(16, AuditChanges.toJson(e.changes()));
            ps.executeUpdate();
            try (ResultSet rs = shared.statement("SELECT last_insert_rowid()").executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit) {
        return query(new AuditQuery(key, null, null, since, null, limit));
    }

    @Override
    public List<AuditEntry> query(AuditQuery q) {
        String sql = "SELECT * FROM audit_log WHERE (?1 IS NULL OR entry_key = ?1) "
                + "AND (?2 IS NULL OR os_user = ?2 OR display_name = ?2) AND (?3 IS NULL OR batch = ?3) "
                + "AND time_ms >= ?4 AND time_ms < ?5 ORDER BY time_ms DESC, id DESC LIMIT ?6";
        return use("read", c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, q.key());
                ps.setString(2, q.user());
                ps.setString(3, q.batch());
                ps.setLong(4, q.since() == null ? Long.MIN_VALUE : q.since().toEpochMilli());
                ps.setLong(5, q.until() == null ? Long.MAX_VALUE : q.until().toEpochMilli());
                ps.setInt(6, q.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        JsonNode patch = RobloxJson.parse(rs.getString("patch"));
        return new AuditEntry(Instant.ofEpochMilli(rs.getLong("time_ms")), rs.getString("os_user"),
                rs.getString("connection"), rs.getString("store"), rs.getString("scope"), rs.getString("entry_key"),
                rs.getString("version_before"), rs.getString("version_after"), rs.getString("action"), patch,
                rs.getString("reason"), AuditChanges.fromJson(rs.getString("changes")),
                AuditStatus.ofLabel(rs.getString("status")), rs.getString("display_name"),
                rs.getString("universe"), rs.getString("batch"));
    }
}
