package dev.profilelens.app.ordered;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.shell.Snapshots;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.ordered.InMemoryOrderedSource;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The leaderboard window: top N, a value range, fixing and removing an entry with confirmation and a reason. */
@ExtendWith(FxThreadLookups.class)
class LeaderboardUITest {
    private static final OrderedStoreRef BOARD = OrderedStoreRef.of("Leaderboard");
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final InMemoryOrderedSource ordered = new InMemoryOrderedSource();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ConnectionSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        for (int i = 1; i <= 40; i++) {
            ordered.create(BOARD, "Player_" + (100_000 + i), i * 100L);
        }
        session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX,
                new InMemoryProfileSource(Clock.systemUTC()));
        OrderedAccess access = new OrderedAccess(session, tasks, () -> ordered);
        LeaderboardViewModel model = new LeaderboardViewModel(access, dialogs, () -> audit, Clock.systemUTC(),
                "tester");
        model.topProperty().set("10");
        stage.setScene(new Scene(new LeaderboardView(model), 820, 560));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<LeaderboardViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#leaderboard-table").queryAs(TableView.class);
    }

    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            Thread.sleep(150);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void topNAndValueRangeThenFixAndRemoveThroughTheOrderedPort(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 10);
        assertThat(table(robot).getItems().get(0)).isEqualTo(new LeaderboardViewModel.Row(1, "Player_100040", 4000));
        assertThat(robot.lookup("#leaderboard-status").queryAs(Label.class).getText()).contains("Top 10");

        robot.clickOn("#leaderboard-min").write("1000");
        robot.clickOn("#leaderboard-max").write("1500");
        robot.clickOn("#leaderboard-load");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 6);
        assertThat(table(robot).getItems()).extracting(LeaderboardViewModel.Row::value)
                .containsExactly(1500L, 1400L, 1300L, 1200L, 1100L, 1000L);
        robot.interact(() -> robot.lookup("#leaderboard-top").queryAs(javafx.scene.control.TextField.class)
                .setText("abc"));
        robot.clickOn("#leaderboard-load");
        settle();
        assertThat(robot.lookup("#leaderboard-status").queryAs(Label.class).getText())
                .contains("Top must be a whole number");
        robot.interact(() -> robot.lookup("#leaderboard-top").queryAs(javafx.scene.control.TextField.class)
                .setText("10"));

        // fix: the cheater's score set back after a value, a reason and a confirmation
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        dialogs.answer("1250", "score from an exploit", "Set to 1250");
        robot.clickOn("#leaderboard-fix");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ordered.get(BOARD, "Player_100015")
                .map(OrderedEntry::value).orElse(0L) == 1250L);
        shoot(robot, Path.of("target", "leaderboard.png"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().contains(
                new LeaderboardViewModel.Row(3, "Player_100015", 1250)));
        // remove: cancelled when the typed key is wrong, done when it is right
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        String key = table(robot).getSelectionModel().getSelectedItem().key();
        dialogs.answer("banned", "wrong");
        robot.clickOn("#leaderboard-remove");
        settle();
        assertThat(ordered.get(BOARD, key)).isPresent();
        dialogs.answer("banned", key);
        robot.clickOn("#leaderboard-remove");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ordered.get(BOARD, key).isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 5);
        assertThat(table(robot).getItems()).extracting(LeaderboardViewModel.Row::key).doesNotContain(key);
        assertThat(audit.query(null, null, 10)).extracting(e -> e.action())
                .containsExactlyInAnyOrder("ordered-set", "ordered-remove");
        assertThat(audit.query(null, null, 10)).allMatch(e -> e.reason().equals("score from an exploit")
                || e.reason().equals("banned"));
    }

    private void shoot(FxRobot robot, Path file) {
        robot.interact(() -> {
            try {
                Snapshots.write(stage.getScene(), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
