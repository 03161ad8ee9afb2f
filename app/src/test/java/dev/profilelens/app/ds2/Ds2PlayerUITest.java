package dev.profilelens.app.ds2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.ordered.OrderedAccess;
import dev.profilelens.app.ordered.ScriptedDialogs;
import dev.profilelens.app.shell.Snapshots;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Places;
import dev.profilelens.core.ds2.Presence;
import dev.profilelens.core.ordered.InMemoryOrderedSource;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The DataStore2 player window: latest value, sections, backups paged lazily, the #206 warning with both values, and
 * an edit that needs the offline statement and lands as backup N+1.
 */
@ExtendWith(FxThreadLookups.class)
class Ds2PlayerUITest {
    private static final Ds2Address PLAYER = new Ds2Address("DATA", 900_001);
    private static final Ds2Places PLACES = Ds2Places.of(PLAYER, "global");
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final InMemoryProfileSource standard = new InMemoryProfileSource(Clock.systemUTC());
    private final InMemoryOrderedSource ordered = new InMemoryOrderedSource();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ConnectionSession session;
    private Ds2PlayerViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        for (int n = 1; n <= 60; n++) {
            save(n, "{\"coins\":" + n * 10 + ",\"inventory\":{\"Sword\":true},\"items\":[1,6,8]}", true);
        }
        session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, standard);
        model = new Ds2PlayerViewModel(new OrderedAccess(session, tasks, () -> ordered), dialogs, () -> audit,
                () -> Presence.UNKNOWN, Clock.systemUTC(), "tester", PLAYER);
        stage.setScene(new Scene(new Ds2PlayerView(model), 1100, 720));
        stage.show();
    }

    private void save(long n, String json, boolean indexed) {
        standard.write(new WriteRequest(PLACES.backup(n), json.getBytes(StandardCharsets.UTF_8),
                List.of(PLAYER.userId()), "{}", Precondition.none()));
        if (indexed) {
            ordered.update(PLACES.ordered(), Long.toString(n), n, true);
        }
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Ds2PlayerViewModel.HistoryRow> history(FxRobot robot) {
        return robot.lookup("#ds2-history").queryAs(ListView.class);
    }

    @Test
    void latestSectionsLazyHistoryAndAnOfflineEditAsTheNextBackup(FxRobot robot) throws Exception {
        robot.interact(model::load);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history(robot).getItems().size() >= 25);
        assertThat(text(robot, "#ds2-summary")).contains("ds2:DATA/900001").contains("ordered-backups")
                .contains("backup 60");
        assertThat(robot.lookup("#ds2-latest").queryAs(TextArea.class).getText()).contains("\"coins\" : 600");
        Accordion sections = robot.lookup("#ds2-sections").queryAs(Accordion.class);
        assertThat(sections.getPanes()).extracting(TitledPane::getText).containsExactly("coins", "inventory", "items");
        assertThat(history(robot).getItems()).hasSize(25);
        assertThat(history(robot).getItems().get(0).n()).isEqualTo(60);
        assertThat(history(robot).getItems()).as("only the first page is read before scrolling").hasSize(25);
        // scrolling down like a user: each time the last rows show, the next page is read
        for (int i = 0; i < 20 && history(robot).getItems().size() < 60; i++) {
            robot.interact(() -> history(robot).scrollTo(history(robot).getItems().size() - 1));
            Thread.sleep(200);
        }
        assertThat(history(robot).getItems()).hasSize(60);
        robot.interact(() -> history(robot).getSelectionModel().select(59));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#ds2-backup").queryAs(TextArea.class)
                .getText().contains("\"coins\" : 10,"));

        robot.clickOn("Edit");
        robot.interact(() -> model.editTextProperty().set("{\"coins\": 777, \"inventory\": {\"Sword\": true}, "
                + "\"items\": [1, 6, 8]}"));
        assertThat(text(robot, "#ds2-reasons")).contains("last save: ").contains("presence: not available");
        dialogs.answer("ticket 41");
        robot.clickOn("#ds2-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#ds2-status").startsWith("Not saved"));
        assertThat(text(robot, "#ds2-status")).contains("offline");
        assertThat(standard.read(PLACES.backup(61))).isEmpty();
        assertThat(model.editTextProperty().get()).contains("777");

        robot.clickOn("#ds2-offline");
        assertThat(robot.lookup("#ds2-offline").queryAs(CheckBox.class).isSelected()).isTrue();
        dialogs.answer("ticket 41");
        robot.clickOn("#ds2-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> standard.read(PLACES.backup(61)).isPresent());
        assertThat(RobloxJson.parse(standard.read(PLACES.backup(61)).orElseThrow().value()).get("coins").asInt())
                .isEqualTo(777);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#ds2-summary").contains("backup 61"));
        assertThat(audit.query(null, null, 5)).hasSize(1);
        robot.clickOn("Latest");
        shoot(robot, Path.of("target", "ds2-player.png"));
    }

    @Test
    void theUnindexedNewestSaveIsAWarningWithBothValuesAndTheEditIsRefused(FxRobot robot) throws Exception {
        save(61, "{\"coins\":999999,\"inventory\":{},\"items\":[]}", false);
        robot.interact(model::load);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#ds2-summary").isEmpty());
        assertThat(text(robot, "#ds2-warnings")).contains("not indexed").contains("#206");
        assertThat(robot.lookup("#ds2-unindexed-pane").queryAs(TitledPane.class).isVisible()).isTrue();
        assertThat(robot.lookup("#ds2-unindexed").queryAs(TextArea.class).getText()).contains("999999");
        assertThat(robot.lookup("#ds2-latest").queryAs(TextArea.class).getText()).contains("\"coins\" : 600");
        robot.clickOn("Edit");
        robot.clickOn("#ds2-offline");
        dialogs.answer("try");
        robot.clickOn("#ds2-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#ds2-status").startsWith("Not saved"));
        assertThat(standard.read(PLACES.backup(62))).isEmpty();
        shoot(robot, Path.of("target", "ds2-unindexed.png"));
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
