package dev.profilelens.app.team;

import static org.junit.jupiter.api.Assertions.fail;

import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.core.team.TeamSettings;
import dev.profilelens.testsupport.store.TestProviders;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** The real PostgreSQL server .ci/postgres.sh starts, for the app's team tests: a fresh schema and logins. */
public final class TeamServer {
    private final String url;
    private final String schema;

    private TeamServer(String url, String schema) {
        this.url = url;
        this.schema = schema;
    }

    /** A fresh team schema set up by its owner; the test is skipped (failed on CI) without a server. */
    public static TeamServer fresh() {
        String url = System.getenv("PROFILELENS_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "PROFILELENS_TEST_PG_URL is not set: eval \"$(bash .ci/postgres.sh)\"";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        String schema = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestProviders.installed().team().orElseThrow().setUp(new TeamSettings(url, "profilelens_owner",
                System.getenv("PROFILELENS_TEAM_PASSWORD"), schema));
        return new TeamServer(url, schema);
    }

    /** One person's team settings: a login (pl_admin, pl_editor, pl_editor2, pl_viewer) and a display name. */
    public TeamConfig as(String login, String displayName) {
        return new TeamConfig(url, login, displayName, schema);
    }

    /** The same, as the app opens it (a test environment with this process's password variable). */
    public TeamAccess settings(String login, String displayName) {
        return TestEnvironments.temporary().team(as(login, displayName));
    }
}
