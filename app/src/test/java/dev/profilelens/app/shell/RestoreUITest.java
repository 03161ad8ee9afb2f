package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.settings.AppSettings;
import dev.profilelens.app.settings.OpenTab;
import dev.profilelens.app.settings.WindowPlacement;
import dev.profilelens.app.settings.WindowState;
import dev.profilelens.app.testfx.FxThreadLookups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A normal start (no --source) reopens the remembered tabs in a window of a usable size, and remembers them. */
@ExtendWith(FxThreadLookups.class)
class RestoreUITest {
    @TempDir
    static Path dir;
    private static SandboxFixture sandbox;
    private static Path settings;
    private Startup startup;
    private Stage stage;
    private int keysWhenTabsCame = -1;

    @BeforeAll
    static void seed() throws Exception {
        sandbox = new SandboxFixture(dir);
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Files.copy(sandbox.db, home.resolve("sandbox.db"));
        settings = home.resolve("settings.json");
        AppSettings s = new AppSettings(settings);
        s.window(new WindowState(30, 20, 198, 175, false));
        s.openConnections(List.of("Sandbox"));
        s.openTabs(List.of(new OpenTab("Sandbox", "PlayerData", "global", sandbox.freeKeys.get(0)),
                new OpenTab("Sandbox", "PlayerData", "global", sandbox.activeKeys.get(0)),
                new OpenTab("Gone", "PlayerData", "global", "Player_1")));
        s.save();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        startup = new Startup(List.of(), sandbox.env);
        startup.start(stage);
        TabPane tabs = (TabPane) stage.getScene().lookup("#profile-tabs");
        tabs.getTabs().addListener((javafx.collections.ListChangeListener<javafx.scene.control.Tab>) c -> {
            if (keysWhenTabsCame < 0) {
                keysWhenTabsCame = startup.window().activeBrowser().map(b -> b.keyList().getItems().size()).orElse(0);
            }
        });
    }

    @AfterEach
    void stop() {
        javafx.application.Platform.runLater(startup::stop);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRememberedTabsReopenAndTheWindowIsNotTiny(FxRobot robot) {
        TabPane tabs = robot.lookup("#profile-tabs").queryAs(TabPane.class);
        UiSteps.waitFor(() -> tabs.getTabs().size() == 2);
        assertThat(tabs.getTabs()).extracting(javafx.scene.control.Tab::getText).containsExactly(
                "Sandbox · PlayerData · " + sandbox.freeKeys.get(0),
                "Sandbox · PlayerData · " + sandbox.activeKeys.get(0));
        assertThat(keysWhenTabsCame).as("the key list is listed before the remembered tabs are read").isPositive();
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(WindowPlacement.MIN_HEIGHT);
        assertThat(stage.getMinWidth()).isEqualTo(WindowPlacement.MIN_WIDTH);

        robot.interact(() -> tabs.getTabs().remove(0));
        robot.interact(startup::stop);
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        assertThat(new AppSettings(settings).openTabs()).extracting(OpenTab::key)
                .containsExactly(sandbox.activeKeys.get(0));
    }

    @Test
    void aQuitBeforeTheTabsAreReopenedKeepsThemRemembered(FxRobot robot) {
        TabPane tabs = robot.lookup("#profile-tabs").queryAs(TabPane.class);
        UiSteps.waitFor(() -> !tabs.getTabs().isEmpty());
        robot.interact(startup::stop);
        List<OpenTab> remembered = new AppSettings(settings).openTabs();
        assertThat(remembered).isNotEmpty();
        robot.interact(() -> {
            // a second start that quits at once, before any key of its connection is listed
            Startup quick = new Startup(List.of(), sandbox.env);
            Stage second = new Stage();
            quick.start(second);
            quick.stop();
            second.close(); // else its window stays, on a closed context, through every later test in this JVM
        });
        assertThat(new AppSettings(settings).openTabs()).as("still remembered").isEqualTo(remembered);
    }
}
