package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.icons.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The launcher's start ({@link Startup#preparing}): the settings are read before the window starts, on a thread of
 * their own (ADR 0282), and the window uses them — here the dark theme a previous run saved; what the reading
 * met (a damaged connections file, moved aside) is kept for the window to show.
 */
class PreparedStartUITest extends SandboxUiTest {
    @Start
    void start(Stage stage) {
        try {
            Files.createDirectories(sandbox.env.home());
            Files.writeString(sandbox.env.home().resolve("settings.json"), "{\"theme\":\"dark\"}");
            Files.writeString(sandbox.env.home().resolve("connections.json"), "{ damaged");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startup = Startup.preparing(List.of("--source", sandbox.spec()), sandbox.env);
        startup.start(stage);
    }

    @Test
    void theWindowStartsWithTheSettingsReadBeforeItAndListsTheKeys(FxRobot robot) {
        assertThat(startup.window().settings().theme()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.userAgentStylesheet());
        UiSteps.waitFor(() -> !robot.lookup("#key-list").queryAs(javafx.scene.control.ListView.class)
                .getItems().isEmpty());
        assertThat(startup.window().context().startupProblems()).singleElement().asString()
                .startsWith("connections.json could not be read");
    }
}
