package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionStore;
import dev.profilelens.app.connection.ConnectionsViewModel;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.app.team.TeamConfig;
import dev.profilelens.app.team.TeamConnections;
import dev.profilelens.core.team.TeamSettings;
import dev.profilelens.testsupport.store.TestProviders;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A window started the launcher's way ({@link Startup#preparing}, ADR 0282) by someone on a team (the real server
 * .ci/postgres.sh starts) lists the team's shared connections after their own: the team is read once the FX thread
 * has the composition root, which was made before the toolkit ran.
 */
class TeamAtStartUITest extends SandboxUiTest {
    @Start
    void start(Stage stage) {
        String url = System.getenv("PROFILELENS_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "PROFILELENS_TEST_PG_URL is not set: eval \"$(bash .ci/postgres.sh)\"";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        String schema = "start_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestProviders.installed().team().orElseThrow().setUp(new TeamSettings(url, "profilelens_owner",
                System.getenv("PROFILELENS_TEAM_PASSWORD"), schema));
        // an admin elsewhere shares a connection; this person has joined the team as an editor
        ConnectionsViewModel admin = new ConnectionsViewModel(
                new ConnectionStore(sandbox.env.home().resolve("admin-connections.json")),
                new TeamConnections(sandbox.env.team(new TeamConfig(url, "pl_admin", "Ada", schema))),
                new CurrentThreadTaskExecutor());
        admin.add(Connection.production("Live game", "opencloud:4242"));
        admin.share(admin.byName("Live game").orElseThrow());
        sandbox.env.team().save(new TeamConfig(url, "pl_editor", "Ana", schema));
        startup = Startup.preparing(List.of("--source", sandbox.spec()), sandbox.env);
        startup.start(stage);
    }

    @Test
    void theTeamsSharedConnectionIsListedAfterTheOwnOnes(FxRobot robot) {
        UiSteps.waitFor(() -> robot.lookup("#connection-team-status").queryAs(Label.class).getText()
                .equals("1 team connection"));
        @SuppressWarnings("unchecked")
        ListView<Connection> list = (ListView<Connection>) robot.lookup("#connection-list").query();
        assertThat(list.getItems()).extracting(Connection::name).endsWith("Live game");
        assertThat(startup.window().context().connections().isTeam(list.getItems().get(list.getItems().size() - 1)))
                .isTrue();
        sandbox.env.team().clear();
    }
}
