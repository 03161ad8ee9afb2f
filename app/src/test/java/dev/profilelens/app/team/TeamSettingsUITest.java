package dev.profilelens.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.profilelens.app.browser.RecordingDialogs;
import dev.profilelens.app.env.Environment;
import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.core.team.TeamSettings;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Team in a real (headless) window: connecting with the typed fields saves them and shows the role. */
@ExtendWith(FxThreadLookups.class)
class TeamSettingsUITest {
    private Environment env;
    @TempDir
    static Path tmp;
    private static String url;
    private static String schema;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FxTaskExecutor tasks = new FxTaskExecutor();

    @Start
    void start(Stage stage) {
        url = System.getenv("PROFILELENS_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "PROFILELENS_TEST_PG_URL is not set: eval \"$(bash .ci/postgres.sh)\"";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        env = TestEnvironments.in(tmp.resolve("home"));
        schema = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestProviders.installed().team().orElseThrow().setUp(new TeamSettings(url, "profilelens_owner",
                System.getenv("PROFILELENS_TEAM_PASSWORD"), schema));
        TeamSettingsViewModel model = new TeamSettingsViewModel(env.team(), tasks, dialogs, () -> { });
        stage.setScene(new Scene(new TeamSettingsView(model)));
        stage.show();
        model.load();
    }

    @AfterEach
    void clearHome() {
        tasks.close();
    }

    @Test
    void connectingWithTheFieldsSavesThemAndShowsTheRole(FxRobot robot) throws Exception {
        robot.clickOn("#team-url").write(url);
        robot.clickOn("#team-user").write("pl_viewer");
        robot.clickOn("#team-password").write(System.getenv("PROFILELENS_TEAM_PASSWORD"));
        robot.clickOn("#team-display-name").write("Val");
        robot.doubleClickOn("#team-schema").eraseText(20).write(schema);
        robot.clickOn("#team-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () ->
                robot.lookup("#team-status").queryAs(Label.class).getText().startsWith("Connected"));
        assertThat(robot.lookup("#team-status").queryAs(Label.class).getText())
                .startsWith("Connected as pl_viewer (viewer)");
        assertThat(dialogs.errors).isEmpty();
        TeamConfig saved = env.team().config().orElseThrow();
        assertThat(saved.displayName()).isEqualTo("Val");
        assertThat(saved.schema()).isEqualTo(schema);
    }
}
