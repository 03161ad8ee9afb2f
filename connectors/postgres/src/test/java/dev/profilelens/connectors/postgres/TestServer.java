package dev.profilelens.connectors.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import dev.profilelens.core.team.TeamSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server .ci/postgres.sh started: its URL and the test logins (pl_admin, pl_editor, pl_editor2,
 * pl_viewer, pl_nobody, and the schema owner profilelens_owner, all with one password). Without the server the
 * tests fail when {@code CI=true} and are skipped otherwise (a developer machine without PostgreSQL).
 */
final class TestServer {
    static final String OWNER = "profilelens_owner";

    private TestServer() {
    }

    static String url() {
        String url = System.getenv("PROFILELENS_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "PROFILELENS_TEST_PG_URL is not set: start the test server with "
                    + "eval \"$(bash .ci/postgres.sh)\"";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return url;
    }

    static String password() {
        String p = System.getenv("PROFILELENS_TEST_PG_PASSWORD");
        return p == null ? "profilelens-test" : p;
    }

    static TeamSettings as(String user, String schema) {
        return new TeamSettings(url(), user, password(), schema);
    }

    /** A new, migrated schema of its own for one test class (tests do not see each other's rows). */
    static String freshSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        TeamSchema.migrate(as(OWNER, schema));
        return schema;
    }

    /** Runs SQL as the schema owner (test set-up only). */
    static void asOwner(String schema, String sql) {
        try (Connection c = DriverManager.getConnection(url(), OWNER, password()); Statement s = c.createStatement()) {
            c.setSchema(schema);
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
