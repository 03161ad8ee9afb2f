package dev.profilelens.app.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.shell.Snapshots;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Mirror to local… in a real window: every store with its versions and the ordered stores, progress, the
 * copy opened read-only.
 */
@ExtendWith(FxThreadLookups.class)
class MirrorUITest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final List<Connection> opened = new CopyOnWriteArrayList<>();
    private ConnectionSession session;
    private Path dir;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("mirror-ui");
        Path file = dir.resolve("sandbox.db");
        SandboxFiles.create(file, 300, 7, Instant.now(), (d, t) -> { }, () -> false);
        session = new ConnectionSession(TestProviders.installed(), new Connection("Test sandbox", "sqlite:" + file,
                "#1f8a4c",
                SafetyLevel.FREE, false), Map.of());
        MirrorViewModel model = new MirrorViewModel(session, tasks, java.time.Clock.systemUTC(),
                javafx.application.Platform::runLater, opened::add);
        scene = new Scene(new MirrorView(model), 640, 320);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    @Test
    void aStoreIsCopiedWithItsVersionsAndOpensReadOnly(FxRobot robot) throws Exception {
        Path copy = dir.resolve("copy.db");
        robot.clickOn("#mirror-versions");
        robot.clickOn("#mirror-target").write(copy.toString());
        robot.clickOn("#mirror-start");
        assertThat(robot.lookup("#mirror-close").queryButton().isDisabled()).as("not while copying").isTrue();
        Label status = robot.lookup("#mirror-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !opened.isEmpty());
        robot.interact(() -> {
            try {
                Snapshots.write(scene, Path.of("target", "ui-shots", "mirror-done.png"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(status.getText()).startsWith("Copied ").contains("ordered entries", "opened read-only");
        assertThat(scene.getWindow().isShowing()).isTrue();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getWindow().isShowing()).as("Escape closes the window once the copy is done").isFalse();
        assertThat(opened.get(0).spec()).isEqualTo("sqlite:" + copy);
        assertThat(opened.get(0).writable()).isFalse();
        try (ProfileSource s = TestProviders.installed().openSource(session.connection().spec(), Map.of("readOnly",
                "true"));
             ProfileSource c = TestProviders.installed().openSource("sqlite:" + copy, Map.of("readOnly", "true"));
             OrderedSource so = TestProviders.installed().openOrdered(session.connection().spec(), Map.of("readOnly",
                     "true"));
             OrderedSource co = TestProviders.installed().openOrdered("sqlite:" + copy, Map.of("readOnly", "true"))) {
            assertThat(c.listKeys("PlayerData_v2", null, "", null, 1000).items())
                    .isEqualTo(s.listKeys("PlayerData_v2", null, "", null, 1000).items());
            assertThat(c.listDataStores("", null, 100).items()).extracting(i -> i.name())
                    .isEqualTo(s.listDataStores("", null, 100).items().stream().map(i -> i.name()).toList());
            var key = s.listKeys("PlayerData_v2", null, "", null, 1).items().get(0);
            assertThat(c.listVersions(key, dev.profilelens.core.store.VersionQuery.all(), null, 100).items())
                    .isEqualTo(s.listVersions(key, dev.profilelens.core.store.VersionQuery.all(), null, 100).items());
            OrderedStoreRef board = OrderedStoreRef.of("Leaderboard");
            assertThat(co.list(board, OrderedQuery.descendingOrder(), null, 100).items())
                    .isEqualTo(so.list(board, OrderedQuery.descendingOrder(), null, 100).items());
        }
    }
}
