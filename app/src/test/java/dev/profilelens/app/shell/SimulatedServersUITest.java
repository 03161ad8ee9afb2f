package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.settings.AppSettings;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.testsupport.store.SessionLocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A normal start on the sandbox runs the window's own simulated game servers once the start has settled (ADR 0271):
 * the status bar says so, they play the sandbox's profiles, and the Tools menu stops them (every lock released) and
 * starts them again; the choice is remembered.
 */
@ExtendWith(FxThreadLookups.class)
class SimulatedServersUITest {
    @TempDir
    static Path dir;
    private static SandboxFixture sandbox;
    private static Path file;
    private Startup startup;

    @BeforeAll
    static void seed() throws Exception {
        sandbox = new SandboxFixture(dir);
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        file = home.resolve("sandbox.db");
        Files.copy(sandbox.db, file);
        AppSettings s = new AppSettings(home.resolve("settings.json"));
        s.openConnections(List.of("Sandbox"));
        s.save();
    }

    @Start
    void start(Stage stage) {
        startup = new Startup(List.of(), sandbox.env);
        startup.start(stage);
    }

    @AfterEach
    void stop() {
        javafx.application.Platform.runLater(startup::stop);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theServersPlayTheSandboxAndTheToolsMenuStopsAndStartsThem(FxRobot robot) throws Exception {
        SimulatedServersControl servers = startup.window().context().servers();
        Label status = robot.lookup("#status-servers").queryAs(Label.class);
        await(() -> status.isVisible() && status.getText().contains("simulated servers"), 30);
        await(() -> servers.servers().map(s -> s.counts().getOrDefault("SAVED", 0L) > 0).orElse(false), 30);
        // the simulation crashes a server now and then (its locks stay, as a crashed game server's do): the servers
        // started are counted by their events, and the ones stopped are those live when the switch is turned off
        assertThat(servers.servers().orElseThrow().counts().get("SERVER_STARTED"))
                .isGreaterThanOrEqualTo((long) SimulatedServersControl.SERVERS);
        List<String> jobs = servers.servers().orElseThrow().liveServers();
        await(() -> !heldBy(jobs).isEmpty(), 30);

        CheckMenuItem item = menuItem(robot);
        assertThat(item.isSelected()).isTrue();
        List<String> live = new java.util.ArrayList<>();
        robot.interact(() -> {
            live.addAll(servers.servers().orElseThrow().liveServers());
            item.setSelected(false);
        });
        assertThat(live).isNotEmpty();
        await(() -> servers.servers().isEmpty() && !status.isVisible(), 30);
        assertThat(heldBy(live)).as("profiles still held by the stopped servers").isEmpty();
        assertThat(startup.window().settings().simulatedServers()).isFalse();

        robot.interact(() -> item.setSelected(true));
        await(() -> servers.servers().isPresent() && status.isVisible(), 30);
        assertThat(servers.servers().orElseThrow().liveServers()).doesNotContainAnyElementsOf(jobs);
        assertThat(startup.window().settings().simulatedServers()).isTrue();
    }

    private static CheckMenuItem menuItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return (CheckMenuItem) bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-sim-servers".equals(i.getId())).findFirst().orElseThrow();
    }

    /** PlayerData keys of the sandbox whose session lock names one of {@code jobs} ("placeId/jobId"). */
    private static List<String> heldBy(List<String> jobs) {
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            return SessionLocks.heldBy(s, "PlayerData", jobs);
        }
    }

    private static void await(Callable<Boolean> condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
