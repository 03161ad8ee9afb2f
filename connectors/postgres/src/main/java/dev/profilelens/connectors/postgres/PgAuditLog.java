package dev.profilelens.connectors.postgres;

import dev.profilelens.core.audit.AuditChanges;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InspectorException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team audit log. Entries are ordered by the server (the row id), so "newest first" and "in order per key" mean
 * the order in which the database recorded the intents. Who recorded a row ({@code db_user}) is set by the server;
 * a viewer's insert is refused by its grants.
 */
public final class PgAuditLog implements AuditLog {
    private static final String INSERT = "INSERT INTO audit_log (time_ms, os_user, display_name, connection, "
            + "universe, store, scope, entry_key, version_before, version_after, action, patch, reason, batch, status, "
            + "changes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?::json,?,?,?,?::json) RETURNING id";
    private static final String SELECT = "SELECT time_ms, os_user, connection, store, scope, entry_key, "
            + "version_before, version_after, action, patch::text, reason, status, display_name, universe, batch, "
            + "changes::text FROM audit_log";
    /**
     * The outcome in one round trip (ADR 0213): one statement in its own transaction, which need not wait for the
     * disk: {@code set_config(..., true)} is {@code SET LOCAL}, so only this transaction commits without waiting. If
     * the server loses the outcome in a crash the entry shows unconfirmed, which is what a lost outcome means
     * (ADR 0140). The intent always waits for the disk.
     */
    private static final String OUTCOME = "UPDATE audit_log SET status = ?, version_after = ? WHERE id = ? "
            + "AND set_config('synchronous_commit', 'off', true) = 'off'";
    private final TeamDatabase db;

    PgAuditLog(TeamDatabase db) {
        this.db = db;
    }

    @Override
    public void record(AuditEntry entry) {
        insert(entry);
    }

    @Override
    public PendingWrite recordIntent(AuditEntry entry) {
        AuditEntry intended = entry.intended();
        return new PendingWrite(insert(intended), intended);
    }

    @Override
    public void recordOutcome(PendingWrite pending, AuditStatus outcome, String versionAfter) {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(OUTCOME)) {
            p.setString(1, outcome.label());
            p.setString(2, versionAfter);
            p.setLong(3, pending.id());
            if (p.executeUpdate() != 1) {
                throw new InspectorException("The team log has no write " + pending.id() + " to finish");
            }
        } catch (SQLException e) {
            throw PgErrors.readFailed("record the outcome of write " + pending.id() + " (it stays unconfirmed)",
                    db.settings().url(), e);
        }
    }

    private long insert(AuditEntry e) {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(INSERT)) {
            p.setLong(1, e.time().toEpochMilli());
            p.setString(2, e.user());
            p.setString(3, e.displayName());
            p.setString(4, e.connection());
            p.setString(5, e.universe());
            p.setString(6, e.store());
            p.setString(7, e.scope());
            p.setString(8, e.key());
            p.setString(9, e.versionBefore());
            p.setString(10, e.versionAfter());
            p.setString(11, e.action());
            p.setString(12, RobloxJson.writeString(e.patch()));
            p.setString(13, e.reason());
            p.setString(14, e.batch());
            p.setString(15, e.status().label());
            p.setString(16, AuditChanges.toJson(e.changes()));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException ex) {
            throw PgErrors.writeRefused(db.settings().url(), ex);
        }
    }

    @Override
    public List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit) {
        return query(new AuditQuery(key, null, null, since, null, limit));
    }

    @Override
    public List<AuditEntry> query(AuditQuery q) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.key() != null) {
            where.add("entry_key = ?");
            params.add(q.key());
        }
        if (q.user() != null) {
            where.add("(os_user = ? OR display_name = ?)");
            params.add(q.user());
            params.add(q.user());
        }
        if (q.batch() != null) {
            where.add("batch = ?");
            params.add(q.batch());
        }
        if (q.since() != null) {
            where.add("time_ms >= ?");
            params.add(q.since().toEpochMilli());
        }
        if (q.until() != null) {
            where.add("time_ms < ?");
            params.add(q.until().toEpochMilli());
        }
        String sql = SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id DESC LIMIT ?";
        params.add((long) q.limit());
        List<AuditEntry> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        } catch (SQLException e) {
            throw PgErrors.readFailed("read the audit log", db.settings().url(), e);
        }
        return out;
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                RobloxJson.parse(rs.getString(10)), rs.getString(11), AuditChanges.fromJson(rs.getString(16)),
                AuditStatus.ofLabel(rs.getString(12)), rs.getString(13), rs.getString(14), rs.getString(15));
    }

    /** Calls {@code onChange} on the listener's thread whenever a write is recorded or finished by anyone. */
    @Override
    public AutoCloseable subscribe(Runnable onChange) {
        return AuditListener.start(db, "profilelens_audit_" + db.settings().schema(), onChange);
    }
}
