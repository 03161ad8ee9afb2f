package dev.profilelens.connectors.sqlite.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InspectorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The audit log in a local SQLite file: one row per write made through ProfileLens. Append-only; each call opens
 * its own short connection so the app, the CLI and other processes can share the file.
 */
public final class SqliteAuditLog implements AuditLog {
    private static final String SCHEMA = "CREATE TABLE IF NOT EXISTS audit_log (id INTEGER PRIMARY KEY, "
            + "time_ms INTEGER NOT NULL, os_user TEXT NOT NULL, connection TEXT NOT NULL, store TEXT NOT NULL, "
            + "scope TEXT NOT NULL, entry_key TEXT NOT NULL, version_before TEXT, version_after TEXT NOT NULL, "
            + "action TEXT NOT NULL, patch TEXT NOT NULL, reason TEXT NOT NULL)";
    private final Path file;

    public SqliteAuditLog(Path file) {
        this.file = file;
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute(SCHEMA);
                s.execute("CREATE INDEX IF NOT EXISTS audit_log_key ON audit_log(entry_key, time_ms)");
            }
        } catch (SQLException | java.io.IOException e) {
            throw new InspectorException("Cannot open the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
            s.execute("PRAGMA journal_mode=WAL");
        }
        return c;
    }

    @Override
    public void record(AuditEntry e) {
        String sql = "INSERT INTO audit_log (time_ms, os_user, connection, store, scope, entry_key, version_before, "
                + "version_after, action, patch, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, e.time().toEpochMilli());
            ps.setString(2, e.user());
            ps.setString(3, e.connection());
            ps.setString(4, e.store());
            ps.setString(5, e.scope());
            ps.setString(6, e.key());
            ps.setString(7, e.versionBefore());
            ps.setString(8, e.versionAfter());
            ps.setString(9, e.action());
            ps.setString(10, RobloxJson.prettyReport(e.patch()).replaceAll("\\s*\\n\\s*", ""));
            ps.setString(11, e.reason());
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new InspectorException("Cannot write to the audit log " + file + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public List<AuditEntry> query(@Nullable String key, @Nullable Instant since, int limit) {
        String sql = "SELECT * FROM audit_log WHERE (? IS NULL OR entry_key = ?) AND time_ms >= ? "
                + "ORDER BY time_ms DESC, id DESC LIMIT ?";
        List<AuditEntry> out = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.setString(2, key);
            ps.setLong(3, since == null ? Long.MIN_VALUE : since.toEpochMilli());
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        } catch (SQLException ex) {
            throw new InspectorException("Cannot read the audit log " + file + ": " + ex.getMessage(), ex);
        }
        return out;
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        JsonNode patch = RobloxJson.parse(rs.getString("patch"));
        return new AuditEntry(Instant.ofEpochMilli(rs.getLong("time_ms")), rs.getString("os_user"),
                rs.getString("connection"), rs.getString("store"), rs.getString("scope"), rs.getString("entry_key"),
                rs.getString("version_before"), rs.getString("version_after"), rs.getString("action"), patch,
                rs.getString("reason"));
    }
}
