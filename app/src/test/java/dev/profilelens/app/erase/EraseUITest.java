package dev.profilelens.app.erase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.app.shell.Snapshots;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.connectors.sqlite.SqliteMirrorTarget;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.erase.ErasePlace;
import dev.profilelens.core.erase.ReviewHit;
import dev.profilelens.core.erase.WebhookBody;
import dev.profilelens.core.mirror.Mirror;
import dev.profilelens.core.mirror.MirrorRequest;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tools → Right to erasure… in a real window over a seeded sandbox file: a DataStore2 player's plan, the typed
 * confirmation gating Erase, the run and its report; a wrongly signed webhook body is refused in place.
 */
@ExtendWith(FxThreadLookups.class)
class EraseUITest {
    private static final Path HOME = tempDir();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final List<EntryRef> erased = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<EntryRef> erasing = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ConnectionSession session;
    private Path file;
    private Scene scene;

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("erase-ui");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createTempDirectory(HOME, "store").resolve("sandbox.db");
        SandboxFiles.create(file, 400, 7, Instant.now(), (d, t) -> { }, () -> false);
        session = new ConnectionSession(TestProviders.installed(), new Connection("Test sandbox", "sqlite:" + file,
                "#1f8a4c",
                SafetyLevel.FREE, false), Map.of());
        EraseViewModel model = new EraseViewModel(session, tasks, new Saver(() -> audit, Clock.systemUTC(), "tester"),
                TestEnvironments.in(HOME), javafx.application.Platform::runLater);
        model.options(new dev.profilelens.core.erase.EraseOptions(true, java.time.Duration.ofSeconds(10),
                java.time.Duration.ofMillis(100), java.time.Duration.ofSeconds(1)));
        model.setOnErased(erased::addAll);
        model.setOnErasing(refs -> {
            assertThat(erased).as("told before the run ends").isEmpty();
            erasing.addAll(refs);
        });
        scene = new Scene(new EraseView(model), 900, 760);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private void shot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Snapshots.write(scene, Path.of("target", "ui-shots", name + ".png"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aDataStore2PlayerIsPlannedConfirmedErasedAndReported(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<ErasePlace> table = (TableView<ErasePlace>) robot.lookup("#erase-places").query();
        Button run = robot.lookup("#erase-run").queryButton();
        Label message = robot.lookup("#erase-message").queryAs(Label.class);
        robot.clickOn("#erase-input").write("900004");
        robot.clickOn("#erase-plan");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        assertThat(message.getText()).doesNotContain("UserIds metadata was not searched");
        assertThat(table.getItems()).extracting(ErasePlace::display).contains("key DATA/global/900004",
                "key DATA/900004/global/1", "ordered DATA/900004/global/3");
        assertThat(run.isDisabled()).isTrue();
        robot.clickOn("#erase-confirm").write("900005");
        robot.clickOn("#erase-reason").write("RTBF ticket 12");
        assertThat(run.isDisabled()).as("a wrong UserId typed").isTrue();
        robot.clickOn("#erase-confirm").eraseText(6).write("900004");
        assertThat(run.isDisabled()).isFalse();
        shot(robot, "erase-plan");
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> message.getText().contains("Report:"));
        shot(robot, "erase-done");
        assertThat(message.getText()).contains("every place was erased");
        assertThat(erased).as("the standard keys erased, for the key list; not the ordered entries")
                .containsExactlyInAnyOrderElementsOf(table.getItems().stream()
                        .filter(p -> p.kind() == ErasePlace.Kind.KEY).map(ErasePlace::ref).toList())
                .hasSize(4).contains(new EntryRef("DATA/900004", "global", "1"));
        assertThat(erasing).as("the keys about to be erased, told as the run started")
                .containsExactlyInAnyOrderElementsOf(erased);
        Path report = Path.of(message.getText().substring(message.getText().indexOf("Report: ") + 8).strip());
        assertThat(Files.readString(report)).contains("\"outcome\" : \"deleted\"", "RTBF ticket 12");
        assertThat(audit.query(null, null, 100)).hasSize(7).allMatch(e -> e.reason().contains("RTBF ticket 12"))
                .extracting(AuditEntry::action).contains("erase", "erase-ordered");
        try (ProfileSource check = TestProviders.installed().openSource("sqlite:" + file, Map.of("readOnly", "true"))) {
            assertThat(check.listKeys("DATA/900004", null, "", null, 10).items()).isEmpty();
            assertThat(check.listKeys("DATA/900005", null, "", null, 10).items()).isNotEmpty();
        }
    }

    @Test
    void placesOrderedAndMirrorFieldsReachThePlanAndMirrorHitsAreListedNeverDeleted(FxRobot robot) throws Exception {
        EntryRef trade = EntryRef.of("Trades", "T1");
        try (ProfileSource s = TestProviders.installed().openSource("sqlite:" + file, Map.of())) {
            s.write(new WriteRequest(trade, "{\"Buyer\":7,\"Seller\":900004}".getBytes(StandardCharsets.UTF_8),
                    List.of(), "{}", Precondition.none()));
        }
        Path copy = file.resolveSibling("mirror.db");
        try (SqliteProfileSource from = SqliteProfileSource.open(file); SqliteMirrorTarget to =
                new SqliteMirrorTarget(copy)) {
            new Mirror(from, RequestPacer.unpaced(), Clock.systemUTC()).run(new MirrorRequest(List.of(), "", false),
                    to, p -> { }, () -> false);
        }
        Label message = robot.lookup("#erase-message").queryAs(Label.class);
        @SuppressWarnings("unchecked")
        ListView<ReviewHit> review = (ListView<ReviewHit>) robot.lookup("#erase-review").query();
        TableView<?> table = robot.lookup("#erase-places").queryTableView();

        robot.clickOn("#erase-input").write("900004");
        robot.clickOn("#erase-place-map").write("1818:4811");
        robot.clickOn("#erase-plan");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().contains("PLACE_ID=UNIVERSE_ID"));
        assertThat(message.getText()).contains("\"1818:4811\"", "Place → universe");
        assertThat(robot.lookup("#erase-place-map").queryTextInputControl().getText()).isEqualTo("1818:4811");
        assertThat(table.getItems()).isEmpty();

        robot.interact(() -> {
            robot.lookup("#erase-place-map").queryTextInputControl().setText("1818=4811");
            robot.lookup("#erase-mirror").queryTextInputControl().setText(copy.resolveSibling("no-such.db").toString());
        });
        robot.clickOn("#erase-plan");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().contains("does not exist"));
        assertThat(message.getText()).contains("no-such.db", "Mirror to scan");
        assertThat(table.getItems()).isEmpty();

        robot.interact(() -> {
            robot.lookup("#erase-input").queryTextInputControl().setText("123456789");
            robot.lookup("#erase-ordered").queryTextInputControl().setText("Kills, Wins");
            robot.lookup("#erase-mirror").queryTextInputControl().setText(copy.toString());
        });
        robot.clickOn("#erase-plan");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message.getText().contains("nothing to erase"));
        assertThat(message.getText()).contains("ordered Kills: key 123456789",
                "ordered Wins: key 123456789", "(for review)");
        assertThat(review.getItems()).isEmpty();

        String body = "{\"NotificationId\":\"n2\",\"EventType\":\"RightToErasureRequest\",\"EventTime\":"
                + "\"2026-12-05T08:00:00Z\",\"EventPayload\":{\"UserId\":900004,\"GameIds\":[1818]}}";
        String header = WebhookBody.sign("s3cret", Instant.now().getEpochSecond(),
                body.getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> {
            robot.lookup("#erase-input").queryTextInputControl().setText(body);
            robot.lookup("#erase-signature").queryTextInputControl().setText(header);
            robot.lookup("#erase-secret").queryTextInputControl().setText("s3cret");
        });
        robot.clickOn("#erase-plan");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(review.getItems()).singleElement().satisfies(h -> {
            assertThat(h.ref()).isEqualTo(trade);
            assertThat(h.paths()).containsExactly("/Seller");
        });
        assertThat(message.getText()).contains("1 other value(s) in the mirror name the user", "never deleted",
                "start places [1818]");
        assertThat(table.getItems()).extracting(Object::toString).noneMatch(p -> p.contains("Trades"));
        shot(robot, "erase-scope-plan");

        robot.clickOn("#erase-confirm").write("900004");
        robot.clickOn("#erase-reason").write("RTBF ticket 13");
        robot.clickOn("#erase-run");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> message.getText().contains("Report:"));
        try (ProfileSource check = TestProviders.installed().openSource("sqlite:" + file, Map.of("readOnly", "true"))) {
            assertThat(check.listKeys("DATA/900004", null, "", null, 10).items()).isEmpty();
            assertThat(check.read(trade)).as("listed for review, never deleted").isPresent();
        }
    }

    @Test
    void aWronglySignedWebhookBodyIsRefusedAndKeptForCorrection(FxRobot robot) {
        String body = "{\"NotificationId\":\"n1\",\"EventType\":\"RightToErasureRequest\",\"EventTime\":"
                + "\"2026-12-05T08:00:00Z\",\"EventPayload\":{\"UserId\":900004,\"GameIds\":[1818]}}";
        String header = WebhookBody.sign("other-secret", 1_765_000_000L, body.getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> {
            robot.lookup("#erase-input").queryTextInputControl().setText(body);
            robot.lookup("#erase-signature").queryTextInputControl().setText(header);
        });
        robot.clickOn("#erase-secret").eraseText(40).write("the-right-secret");
        robot.clickOn("#erase-plan");
        Label message = robot.lookup("#erase-message").queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.getText()).contains("signature does not match");
        assertThat(robot.lookup("#erase-input").queryTextInputControl().getText()).isEqualTo(body);
        assertThat(robot.lookup("#erase-places").queryTableView().getItems()).isEmpty();
        shot(robot, "erase-bad-signature");
    }
}
