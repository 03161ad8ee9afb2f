package dev.profilelens.app.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.cli.CliHarness;
import dev.profilelens.app.composer.DeliveryTemplates;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.app.shell.TestGame;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.bulk.KeyPlan;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bulk window on a real SQLite sandbox: dry run with counts, run, revert; all off the FX thread. */
@ExtendWith(FxThreadLookups.class)
class BulkUITest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ConnectionSession session;
    private AuditLog audit;
    private Stage stage;
    private Path db;

    @Start
    void start(Stage s) throws Exception {
        Path dir = Files.createTempDirectory("bulk-ui");
        db = dir.resolve("sandbox.db");
        CliHarness r = CliHarness.run("sandbox", "--db", db.toString(), "--profiles", "80", "--seed", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX,
                TestProviders.installed().openSource("sqlite:" + db, Map.of()));
        audit = TestProviders.installed().openAuditLog(dir.resolve("audit.db"));
        var templates = new DeliveryTemplates(dir.resolve("delivery-templates.json"),
                TeamTemplates.alone());
        BulkViewModel model = new BulkViewModel(session, tasks, () -> audit, TestEnvironments.in(dir),
                store -> templates.get("", store),
                Platform::runLater);
        stage = s;
        s.setScene(new Scene(new BulkView(model, "PlayerData", "Player_", "DataVersion=1"), 1100, 720));
        s.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private int dataVersion(String key) {
        JsonNode v = RobloxJson.parse(session.source().read(new EntryRef("PlayerData", "global", key)).orElseThrow()
                .value());
        return v.at("/MetaData/MetaTags/DataVersion").asInt();
    }

    private void shot(String name) {
        Platform.runLater(() -> {
            try {
                dev.profilelens.app.shell.Snapshots.write(stage.getScene(),
                        Path.of("target", "ui-shots", name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dryRunThenRunThenRevert(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<KeyPlan> table = (TableView<KeyPlan>) robot.lookup("#bulk-table").query();
        Label counts = robot.lookup("#bulk-counts").queryAs(Label.class);
        Label status = robot.lookup("#bulk-status").queryAs(Label.class);
        robot.clickOn("#bulk-intents").write("tag DataVersion=2");
        robot.clickOn("#bulk-reason").write("migrate");
        robot.clickOn("#bulk-batch").eraseText(30).write("ui1");
        robot.clickOn("#bulk-dry-run");
        // the counts show while the plan is made; the status says when it is done
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Dry run done"));
        assertThat(counts.getText()).isNotEmpty();
        long planned = table.getItems().stream().filter(p -> p.plan() == KeyPlan.Plan.CHANGE).count();
        assertThat(planned).isPositive();
        assertThat(counts.getText()).contains("change " + planned);
        String key = table.getItems().stream().filter(p -> p.plan() == KeyPlan.Plan.CHANGE).findFirst()
                .orElseThrow().ref().key();
        assertThat(dataVersion(key)).as("a dry run writes nothing").isEqualTo(1);
        shot("bulk-dry-run");

        robot.clickOn("#bulk-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith("Batch ui1 done"));
        assertThat(table.getItems().stream().filter(KeyPlan::written).count()).isEqualTo(planned);
        assertThat(dataVersion(key)).isEqualTo(2);
        assertThat(audit.query(key, null, 10)).anySatisfy(e -> assertThat(e.batch()).isEqualTo("ui1"));
        shot("bulk-run");

        robot.clickOn("#bulk-revert");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith("Batch ui1.revert done"));
        assertThat(dataVersion(key)).isEqualTo(1);
    }

    private JsonNode stored(String key) {
        return RobloxJson.parse(session.source().read(new EntryRef("PlayerData", "global", key)).orElseThrow()
                .value());
    }

    /** Two free keys at DataVersion 1. */
    private List<String> freeKeys() {
        List<String> out = new ArrayList<>();
        for (EntryRef r : session.source().listKeys("PlayerData", "global", "Player_", null, 200).items()) {
            JsonNode v = stored(r.key());
            if (out.size() < 2 && v.at("/MetaData/MetaTags/DataVersion").asInt() == 1
                    && v.at("/MetaData/ActiveSession").isMissingNode()) {
                out.add(r.key());
            }
        }
        assertThat(out).hasSize(2);
        return out;
    }

    @Test
    void theLiveChoiceDeliverSendsTheEditThroughTheStoresTemplate(FxRobot robot) throws Exception {
        List<String> keys = freeKeys();
        String free = keys.get(0);
        String live = keys.get(1);
        long freeCoins = stored(free).at("/Data/Coins").asLong();
        long liveCoins = stored(live).at("/Data/Coins").asLong();
        Label status = robot.lookup("#bulk-status").queryAs(Label.class);
        @SuppressWarnings("unchecked")
        TableView<KeyPlan> table = (TableView<KeyPlan>) robot.lookup("#bulk-table").query();
        @SuppressWarnings("unchecked")
        ChoiceBox<String> choice = robot.lookup("#bulk-live").queryAs(ChoiceBox.class);
        assertThat(choice.getItems()).containsExactly("skip", "wait", "deliver");
        try (TestGame game = new TestGame(db, live, Duration.ofSeconds(1))) {
            assertThat(stored(live).at("/MetaData/ActiveSession").isArray()).as("a server owns it").isTrue();
            robot.clickOn("#bulk-keys").write(free + "\n" + live);
            robot.clickOn("#bulk-intents").write("add /Data/Coins=500");
            robot.clickOn("#bulk-reason").write("compensation");
            robot.clickOn("#bulk-batch").eraseText(30).write("ui-deliver");
            robot.interact(() -> choice.setValue("deliver"));
            robot.clickOn("#bulk-run");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith(
                    "Batch ui-deliver done"));
            assertThat(table.getItems()).extracting(p -> p.ref().key() + " " + p.plan().jsonName())
                    .containsExactlyInAnyOrder(free + " change", live + " delivered");
            shot("bulk-deliver");
            assertThat(stored(free).at("/Data/Coins").asLong()).isEqualTo(freeCoins + 500);
            try {
                // the game takes the update at its next autosave (the machine may be busy: allow a while)
                WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> stored(live).at("/Data/Coins").asLong()
                        == liveCoins + 500);
            } catch (TimeoutException e) {
                throw new AssertionError("the game did not apply the gift: " + stored(live), e);
            }
            assertThat(stored(live).at("/MetaData/ActiveSession").isArray()).as("still the server's session")
                    .isTrue();
        }
    }

    @Test
    void badInputIsReportedAndTheFormKept(FxRobot robot) throws Exception {
        Label status = robot.lookup("#bulk-status").queryAs(Label.class);
        robot.clickOn("#bulk-intents").write("add /Data/Coins=lots");
        robot.clickOn("#bulk-reason").write("gift");
        robot.clickOn("#bulk-dry-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("intent line 1"));
        assertThat(status.getText()).contains("not JSON");
        assertThat(robot.lookup("#bulk-intents").queryTextInputControl().getText()).isEqualTo(
                "add /Data/Coins=lots");
    }
}
