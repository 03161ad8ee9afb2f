package dev.profilelens.connectors.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.team.TeamCatalog;
import dev.profilelens.core.team.TeamSession;
import dev.profilelens.core.team.TeamRole;
import dev.profilelens.core.team.TeamSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * One connection to the team database: a small pool (HikariCP) whose connections work in the ProfileLens schema.
 * {@link #connect} checks the login, the schema version and the role, so a wrong URL, password or role, or a
 * database from a newer ProfileLens, fails here with a message that names it. After an outage the pool connects
 * again by itself; calls made while the server is away fail within {@link #WAIT}.
 */
public final class TeamDatabase implements TeamSession {
    /** How long a call waits for a connection before it reports the team database unreachable. */
    static final Duration WAIT = Duration.ofSeconds(5);
    private final TeamSettings settings;
    private final HikariDataSource pool;
    private final TeamRole role;

    private TeamDatabase(TeamSettings settings, HikariDataSource pool, TeamRole role) {
        this.settings = settings;
        this.pool = pool;
        this.role = role;
    }

    /** Connects and checks login, schema and role. */
    public static TeamDatabase connect(TeamSettings settings) {
        TeamRole role;
        try (Connection c = DriverManager.getConnection(settings.url(), properties(settings))) {
            TeamSchema.check(c, settings);
            role = role(c);
        } catch (SQLException e) {
            throw PgErrors.readFailed("connect", settings.url(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("profilelens-team");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setSchema(settings.schema());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(WAIT.toMillis());
        config.setValidationTimeout(Math.min(WAIT.toMillis(), 3000));
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", "ProfileLens");
        config.addDataSourceProperty("connectTimeout", String.valueOf(WAIT.toSeconds()));
        config.addDataSourceProperty("socketTimeout", "30");
        return new TeamDatabase(settings, new HikariDataSource(config), role);
    }

    private static Properties properties(TeamSettings s) {
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", s.password());
        p.setProperty("ApplicationName", "ProfileLens");
        p.setProperty("connectTimeout", String.valueOf(WAIT.toSeconds()));
        return p;
    }

    private static TeamRole role(Connection c) throws SQLException {
        String sql = "SELECT pg_has_role(current_user, 'profilelens_admin', 'USAGE'), "
                + "pg_has_role(current_user, 'profilelens_editor', 'USAGE'), "
                + "pg_has_role(current_user, 'profilelens_viewer', 'USAGE')";
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            if (rs.getBoolean(1)) {
                return TeamRole.ADMIN;
            }
            if (rs.getBoolean(2)) {
                return TeamRole.EDITOR;
            }
            return rs.getBoolean(3) ? TeamRole.VIEWER : TeamRole.NONE;
        }
    }

    /** A pooled connection in the ProfileLens schema; the caller closes it. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** A connection outside the pool (for LISTEN, which holds one for as long as it listens). */
    Connection dedicatedConnection() throws SQLException {
        Connection c = DriverManager.getConnection(settings.url(), properties(settings));
        c.setSchema(settings.schema());
        return c;
    }

    @Override
    public TeamSettings settings() {
        return settings;
    }

    /** The role the login had when it connected. The database enforces it whatever this says. */
    @Override
    public TeamRole role() {
        return role;
    }

    @Override
    public PgAuditLog auditLog() {
        return new PgAuditLog(this);
    }

    @Override
    public AuditIndex index(String name) {
        return PgAuditIndex.open(this, name);
    }

    @Override
    public TeamCatalog catalog() {
        return new PgTeamCatalog(this);
    }

    @Override
    public void close() {
        pool.close();
    }
}
