package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.watch.WatchRow;
import dev.profilelens.connectors.sqlite.sim.SimStore;
import dev.profilelens.connectors.sqlite.sim.SimulatedServers;
import dev.profilelens.connectors.sqlite.sim.SimulationOptions;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lock watch in the real window while simulated game servers play on the sandbox. */
class WatchUITest extends SandboxUiTest {
    private static Path notified;

    /** Desktop notifications go to a real program that records them (settings.json notifyCommand). */
    @BeforeAll
    static void recordNotifications() throws java.io.IOException {
        Path home = sandbox.env.home();
        notified = home.resolve("notified.txt");
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{\"notifyCommand\": [\"sh\", \"-c\", "
                + "\"printf '%s|%s\\\\n' \\\"$1\\\" \\\"$2\\\" >> '" + notified + "'\", \"notify\"]}");
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void watchedKeysShowLockChangesMadeByLiveServers(FxRobot robot) throws Exception {
        robot.interact(() -> startup.window().showLockWatch());
        robot.clickOn("#watch-key").write("Player_*").type(KeyCode.ENTER);
        TableView<WatchRow> table = (TableView<WatchRow>) robot.lookup("#watch-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() > 100);
        assertThat(table.getItems()).allMatch(r -> r.lastEvent().equals("observed"));
        try (ProfileSource source = TestProviders.installed().openSource(sandbox.spec(), Map.of());
             SimulatedServers sim = SimulatedServers.start(source, new SimulationOptions(3, 600, 42,
                     SimStore.sandboxDefaults(), Duration.ZERO), e -> { })) {
            assertThat(sim.liveServers()).hasSize(3);
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> table.getItems().stream()
                    .anyMatch(r -> r.lastEvent().equals("acquired") || r.lastEvent().equals("released")));
        }
        WatchRow changed = table.getItems().stream().filter(r -> !r.lastEvent().equals("observed")).findFirst()
                .orElseThrow();
        // Stopping the servers released their players: the desktop was told which watched profiles are free.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(notified)
                && Files.readString(notified).contains("free|") && Files.readString(notified).contains("Player_"));
        robot.interact(() -> table.getSelectionModel().select(changed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#watch-timeline").queryListView().getItems()).isNotEmpty();
        assertThat(robot.lookup("#watch-budget").queryAs(Label.class).getText()).contains("requests/min");
        robot.interact(() -> {
            try {
                Snapshots.write(startup.window().scene(), Path.of("target", "ui-shots", "lock-watch.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aGiftQueuedFromTheComposerIsDeliveredByALiveServer(FxRobot robot) throws Exception {
        robot.interact(() -> startup.window().openConnection(new dev.profilelens.app.connection.Connection(
                "Sandbox (writable)", sandbox.spec(), "#1f8a4c", dev.profilelens.app.connection.SafetyLevel.FREE,
                false)));
        try (ProfileSource source = TestProviders.installed().openSource(sandbox.spec(), Map.of());
             SimulatedServers sim = SimulatedServers.start(source, new SimulationOptions(3, 600, 7,
                     SimStore.sandboxDefaults(), Duration.ZERO), e -> { })) {
            assertThat(sim.liveServers()).hasSize(3);
            String[] held = new String[1];
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                held[0] = heldBySimulatedServer(source);
                return held[0] != null;
            });
            UiSteps.openProfile(robot, held[0]);
            robot.clickOn("#profile-mailbox");
            UiSteps.waitFor(() -> robot.lookup("#composer-send").tryQuery().isPresent());
            robot.clickOn("#composer-send");
            UiSteps.answer(robot, "gift for the test");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#composer-status")
                    .queryAs(Label.class).getText().contains("delivered"));
        }
        robot.interact(() -> {
            try {
                Snapshots.write(startup.window().scene(), Path.of("target", "ui-shots", "composer-delivered.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A ProfileService key a simulated server holds right now, or null. */
    private static String heldBySimulatedServer(ProfileSource source) {
        var locks = new dev.profilelens.core.lock.LockClassifier(java.time.Clock.systemUTC());
        for (var ref : source.listKeys("PlayerData", "global", "", null, 300).items()) {
            var reading = dev.profilelens.core.codec.ProfileCodec.read(source.read(ref).orElseThrow().value());
            var lock = locks.classify(reading);
            if (lock.status() == dev.profilelens.core.lock.LockStatus.ACTIVE && lock.owner() != null
                    && lock.owner().display().startsWith("4811")) {
                return ref.key();
            }
        }
        return null;
    }
}
