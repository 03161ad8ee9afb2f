package dev.profilelens.connectors.postgres;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.team.TeamSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The team database's tables, created and upgraded by Flyway from {@code db/team/V*.sql} (ADR 0140). Only the schema
 * owner migrates; every other login checks that the schema is there and not newer than this ProfileLens.
 */
public final class TeamSchema {
    /** The newest schema version this ProfileLens knows. */
    public static final int VERSION = 2;
    static final String HISTORY = "flyway_schema_history";

    private TeamSchema() {
    }

    /** Creates or upgrades the schema, connecting as {@code owner}; returns the version it is at afterwards. */
    public static int migrate(TeamSettings owner) {
        Flyway flyway = Flyway.configure(TeamSchema.class.getClassLoader())
                .dataSource(owner.url(), owner.user(), owner.password())
                .schemas(owner.schema())
                .defaultSchema(owner.schema())
                .createSchemas(true)
                .table(HISTORY)
                .locations("classpath:db/team")
                .validateMigrationNaming(true)
                .load();
        try (Connection c = flyway.getConfiguration().getDataSource().getConnection()) {
            int current = version(c, owner.schema());
            if (current > VERSION) {
                throw newer(owner, current);
            }
        } catch (SQLException e) {
            throw PgErrors.readFailed("check the schema version", owner.url(), e);
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new InspectorException("Could not set up the team database " + owner.url() + " as "
                    + owner.user() + ": " + e.getMessage(), e);
        }
        try (Connection c = flyway.getConfiguration().getDataSource().getConnection()) {
            return version(c, owner.schema());
        } catch (SQLException e) {
            throw PgErrors.readFailed("check the schema version", owner.url(), e);
        }
    }

    /** Refuses a schema that is missing or from a newer ProfileLens. */
    static void check(Connection c, TeamSettings settings) throws SQLException {
        int v = version(c, settings.schema());
        if (v == 0) {
            throw new InvalidInputException("The team database " + settings.url() + " has no ProfileLens schema \""
                    + settings.schema() + "\" (or " + settings.user() + " may not read it): the owner sets it up "
                    + "first (README, Team database)", "team URL");
        }
        if (v > VERSION) {
            throw newer(settings, v);
        }
        if (v < VERSION) {
            throw new InvalidInputException("The team database " + settings.url() + " is at schema version " + v
                    + "; this ProfileLens needs " + VERSION + ": the owner upgrades it (profilelens_owner connects "
                    + "once with this version)", "team URL");
        }
    }

    /** The applied schema version; 0 when there is none (or it cannot be seen). */
    static int version(Connection c, String schema) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            p.setString(1, schema + "." + HISTORY);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT coalesce(max(version::int), 0) FROM " + schema + "."
                + HISTORY + " WHERE success AND version IS NOT NULL")) {
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static InvalidInputException newer(TeamSettings s, int found) {
        return new InvalidInputException("The team database " + s.url() + " was set up by a newer ProfileLens "
                + "(schema version " + found + ", this ProfileLens knows up to " + VERSION + "): update ProfileLens",
                "team URL");
    }
}
