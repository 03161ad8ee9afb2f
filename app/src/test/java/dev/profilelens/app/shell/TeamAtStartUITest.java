package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionStore;
import dev.profilelens.app.connection.ConnectionsViewModel;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.app.team.TeamConnections;
import dev.profilelens.app.team.TeamServer;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
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
        TeamServer team = TeamServer.fresh();
        // an admin elsewhere shares a connection; this person has joined the team as an editor
        ConnectionsViewModel admin = new ConnectionsViewModel(
                new ConnectionStore(sandbox.env.home().resolve("admin-connections.json")),
                new TeamConnections(sandbox.env.team(team.as("pl_admin", "Ada"))), new CurrentThreadTaskExecutor());
        admin.add(Connection.production("Live game", "opencloud:4242"));
        admin.share(admin.byName("Live game").orElseThrow());
        sandbox.env.team().save(team.as("pl_editor", "Ana"));
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
