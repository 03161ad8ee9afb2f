package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.editor.EditorView;
import dev.profilelens.app.editor.PendingTray;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #15 (GUI) and #22 item 2 in the real window on the sandbox file: edits as intents while a server keeps
 * saving, delivery and hand-over of a live profile to a simulated game, the pending tray, the save dialog, Undo.
 */
class LiveEditUITest extends SandboxUiTest {
    private static final String CROWN = "{\"Id\":\"4b1c0de0-0000-4000-8000-00000000c0de\",\"Item\":\"Royal Crown\"}";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    void started() {
        startup.window().openConnection(new Connection("Sandbox (writable)", sandbox.spec(), "#1f8a4c",
                SafetyLevel.FREE, false));
    }

    private static JsonNode stored(String key) {
        try (SqliteProfileSource s = SqliteProfileSource.open(sandbox.db)) {
            return RobloxJson.parse(s.read(EntryRef.of("PlayerData", key)).orElseThrow().value());
        }
    }

    private EditorView edit(FxRobot robot, String key) {
        return UiSteps.openEditor(robot, startup.window(), key);
    }

    /** Types the edit: +500 coins and the crown appended to the inventory, on the text as opened. */
    private void plus500AndCrown(FxRobot robot, EditorView editor) {
        ObjectNode e = (ObjectNode) RobloxJson.parse(editor.text());
        ObjectNode data = (ObjectNode) e.get("Data");
        data.put("Coins", data.path("Coins").asLong() + 500);
        data.withArray("Inventory").add(RobloxJson.parse(CROWN));
        robot.interact(() -> editor.area().replaceText(RobloxJson.pretty(e)));
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        UiSteps.waitFor(() -> editor.model().intents().size() == 2);
    }

    /** The newest window that shows {@code selector}. */
    private static Window windowWith(FxRobot robot, String selector) {
        Window[] w = new Window[1];
        UiSteps.waitFor(() -> {
            for (Window x : robot.listWindows()) {
                if (x.isShowing() && x.getScene() != null && x.getScene().getRoot().lookup(selector) != null) {
                    w[0] = x;
                }
            }
            return w[0] != null;
        });
        return w[0];
    }

    /** Gives the save dialog {@code reason} and presses its Save button. */
    private static void saveDialog(FxRobot robot, String reason, String button) {
        Window w = windowWith(robot, "#save-reason");
        TextField field = (TextField) w.getScene().getRoot().lookup("#save-reason");
        robot.interact(() -> field.setText(reason));
        Button b = (Button) robot.from(w.getScene().getRoot()).lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button x && button.equals(x.getText())).findFirst().orElseThrow();
        robot.interact(b::fire);
    }

    private static void shot(javafx.scene.Scene scene, String name) {
        javafx.application.Platform.runLater(() -> {
            try {
                Snapshots.write(scene, Path.of("target", "ui-shots", name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** UiSteps.waitFor, printing what every window shows when the condition is not met (for the failure report). */
    private static void await(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) {
        await(robot, condition, 20);
    }

    private static void await(FxRobot robot, java.util.concurrent.Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException | AssertionError e) {
            StringBuilder b = new StringBuilder("windows:\n");
            robot.interact(() -> {
                for (Window w : robot.listWindows()) {
                    if (w.isShowing() && w.getScene() != null) {
                        robot.from(w.getScene().getRoot()).lookup(".label").queryAll().stream()
                                .filter(n -> n.isVisible() && ((Label) n).getText() != null
                                        && !((Label) n).getText().isBlank())
                                .forEach(n -> b.append("  ").append(((Label) n).getText()).append('\n'));
                    }
                }
            });
            throw new AssertionError(b.toString(), e);
        }
    }

    private static String status(FxRobot robot, EditorView editor) {
        return robot.from(editor).lookup("#editor-status").queryAs(Label.class).getText();
    }

    @Test
    void onAProfileAServerKeepsChangingPlus500AndAnItemSaveWithoutADialog(FxRobot robot) throws Exception {
        String key = sandbox.freeKeys.get(0);
        long read = stored(key).at("/Data/Coins").asLong();
        EditorView editor = edit(robot, key);
        plus500AndCrown(robot, editor);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong serverAdded = new AtomicLong();
        Thread server = new Thread(() -> {
            try (SqliteProfileSource s = SqliteProfileSource.open(sandbox.db)) {
                while (!stop.get()) {
                    StoredEntry cur = s.read(EntryRef.of("PlayerData", key)).orElseThrow();
                    ObjectNode v = (ObjectNode) RobloxJson.parse(cur.value());
                    ObjectNode d = (ObjectNode) v.get("Data");
                    d.put("Coins", d.path("Coins").asLong() + 7);
                    try {
                        s.write(new WriteRequest(cur.ref(), RobloxJson.write(v), cur.userIds(), cur.attributesJson(),
                                Precondition.matchVersion(cur.version())));
                        serverAdded.addAndGet(7);
                    } catch (RuntimeException lostTheRace) {
                        // the editor wrote between our read and write: read again
                    }
                    Thread.sleep(150);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "server-keeps-saving");
        server.start();
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        robot.clickOn("#editor-save");
        saveDialog(robot, "ticket 1", "Save");
        await(robot, () -> status(robot, editor).startsWith("saved"));
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        stop.set(true);
        server.join(5_000);
        assertThat(robot.lookup("#merge-dialog").tryQuery()).as("no merge dialog").isEmpty();
        JsonNode after = stored(key);
        assertThat(serverAdded.get()).as("the server saved meanwhile").isPositive();
        assertThat(after.at("/Data/Coins").asLong()).as("the server's coins + 500")
                .isEqualTo(read + serverAdded.get() + 500);
        assertThat(after.at("/Data/Inventory").toString()).contains("00000000c0de");

        // saved from the editor: the notice shows there (not in the tray); Undo takes the +500 and the crown back,
        // keeping the server's coins, and the focus goes back to the text, as it does when the notice is closed
        Label notice = robot.from(editor).lookup("#editor-notice-text").queryAs(Label.class);
        await(robot, () -> notice.isVisible() && notice.getText().contains("version"));
        assertThat(robot.lookup("#tray-notice").tryQuery()).as("no notice in the tray").isEmpty();
        robot.clickOn(robot.from(editor).lookup("#editor-undo").queryAs(Button.class));
        await(robot, () -> notice.getText().startsWith("Undone"));
        assertThat(editor.getScene().getFocusOwner()).as("focus goes back to the text, not to the next field")
                .isSameAs(robot.from(editor).lookup("#editor-text").query());
        robot.clickOn(robot.from(editor).lookup("#editor-notice-close").queryAs(Button.class));
        assertThat(editor.getScene().getFocusOwner()).as("so does closing the notice")
                .isSameAs(robot.from(editor).lookup("#editor-text").query());
        assertThat(stored(key).at("/Data/Coins").asLong()).isEqualTo(read + serverAdded.get());
        assertThat(stored(key).at("/Data/Inventory").toString()).doesNotContain("00000000c0de");
    }

    /** The tray's notice of the write to {@code key}, once shown. */
    private static Label trayNotice(FxRobot robot, String key) {
        Label[] found = new Label[1];
        UiSteps.waitFor(() -> {
            found[0] = robot.lookup("#tray-notice-text").queryAllAs(Label.class).stream()
                    .filter(l -> l.isVisible() && l.getText().startsWith("Saved " + key + ":")).findFirst()
                    .orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    @Test
    void aLiveProfileShowsTheBannerAndDeliverEndsWithTheCoinsInData(FxRobot robot) throws Exception {
        String key = sandbox.freeKeys.get(1);
        try (TestGame game = new TestGame(sandbox.db, key, Duration.ofSeconds(2))) {
            long read = stored(key).at("/Data/Coins").asLong();
            EditorView editor = edit(robot, key);
            await(robot, () -> robot.from(editor).lookup("#live-banner").query().isVisible());
            assertThat(robot.from(editor).lookup("#live-banner-text").queryAs(Label.class).getText())
                    .contains("A live server").contains("owns this profile").contains("hand the profile over");
            plus500AndCrown(robot, editor);
            shot(startup.window().scene(), "live-banner");
            robot.clickOn("#editor-save");
            saveDialog(robot, "ticket 2", "Save");
            await(robot, () -> UiSteps.dialogSays(robot, "owns " + key));
            UiSteps.press(robot, "Deliver as a global update / message…");
            await(robot, () -> robot.lookup("#delivery-preview").tryQuery().map(n ->
                    ((javafx.scene.control.TextArea) n).getText().contains("\"Gift\"")).orElse(false));
            assertThat(robot.lookup("#delivery-preview").queryAs(javafx.scene.control.TextArea.class).getText())
                    .contains("\"Amount\":500").contains("00000000c0de");
            Label intents = robot.lookup("#delivery-intents").queryAs(Label.class);
            assertThat(intents.getText()).as("the intents, not values as read: the game adds to its own")
                    .contains("/Data/Coins +500").doesNotContain("→");
            assertThat(intents.getHeight()).as("every line of the edit shows (it was cut to one)")
                    .isGreaterThanOrEqualTo(intents.prefHeight(-1) - 0.5);
            java.util.concurrent.atomic.AtomicReference<String> cleanWith = new java.util.concurrent.atomic
                    .AtomicReference<>();
            editor.model().dirtyProperty().addListener((o, was, dirty) -> {
                if (!dirty) {
                    cleanWith.compareAndSet(null, status(robot, editor));
                }
            });
            robot.clickOn("#delivery-send");
            TextField given = (TextField) windowWith(robot, "#save-reason").getScene().getRoot().lookup("#save-reason");
            assertThat(given.getText()).as("the reason the save was given, not asked for again").isEqualTo("ticket 2");
            Label header = (Label) ((javafx.scene.control.DialogPane) windowWith(robot, "#save-reason").getScene()
                    .getRoot()).getHeader().lookup(".label");
            assertThat(header.getText()).as("a delivery writes nothing itself")
                    .startsWith("2 changes will be delivered as a global update; the live server applies each");
            saveDialog(robot, "ticket 2: deliver", "Deliver");
            await(robot, () -> status(robot, editor).startsWith("delivered"), 90);
            assertThat(cleanWith.get()).as("once sent, the edit left the editor (Save would deliver it twice)")
                    .matches("(sent 2 global updates #\\d+, #\\d+ in version|global updates #\\d+ \\w+).*");
            JsonNode after = stored(key);
            assertThat(after.at("/Data/Coins").asLong()).as("the game took the gift").isEqualTo(read + 500);
            assertThat(after.at("/Data/Inventory").toString()).contains("00000000c0de");
            assertThat(after.at("/MetaData/ActiveSession").isArray()).as("still the player's session").isTrue();
        }
    }

    @Test
    void handOverAfterTheTypedKeyCountsDownAndEndsWithTheCoinsInData(FxRobot robot) throws Exception {
        String key = sandbox.freeKeys.get(2);
        try (TestGame game = new TestGame(sandbox.db, key, Duration.ofSeconds(6))) {
            long read = stored(key).at("/Data/Coins").asLong();
            EditorView editor = edit(robot, key);
            await(robot, () -> robot.from(editor).lookup("#live-banner").query().isVisible());
            plus500AndCrown(robot, editor);
            robot.clickOn("#live-handover");
            await(robot, () -> UiSteps.dialogSays(robot, "The player will be disconnected"));
            UiSteps.answer(robot, "not the key");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.from(editor).lookup("#handover-bar").query().isVisible()).as("a wrong key stops it")
                    .isFalse();
            robot.clickOn("#live-handover");
            UiSteps.answer(robot, key);
            saveDialog(robot, "ticket 3: hand over", "Save");
            await(robot, () -> robot.from(editor).lookup("#handover-countdown").queryAs(Label.class).getText()
                    .contains("next save is"));
            shot(startup.window().scene(), "handover-countdown");
            await(robot, () -> status(robot, editor).startsWith("saved"), 90);
            JsonNode after = stored(key);
            assertThat(game.released.get()).as("the server released the profile").isTrue();
            assertThat(after.at("/Data/Coins").asLong()).isEqualTo(read + 500);
            assertThat(after.at("/Data/Inventory").toString()).contains("00000000c0de");
            assertThat(after.at("/MetaData/ActiveSession").isMissingNode()).as("released, not stolen").isTrue();
        }
    }

    @Test
    void theTrayListsIntentsOfTwoTabsTheDialogRefusesAnEmptyReasonAndUndoReverts(FxRobot robot) {
        String a = sandbox.freeKeys.get(3);
        String b = sandbox.freeKeys.get(4);
        long coinsA = stored(a).at("/Data/Coins").asLong();
        long coinsB = stored(b).at("/Data/Coins").asLong();
        EditorView first = edit(robot, a);
        plus500AndCrown(robot, first);
        EditorView second = edit(robot, b);
        plus500AndCrown(robot, second);
        PendingTray tray = robot.lookup("#pending-tray").queryAs(PendingTray.class);
        await(robot, () -> tray.isVisible() && tray.rows().size() == 6);
        assertThat(tray.rows()).anyMatch(r -> r.endsWith("· " + a)).anyMatch(r -> r.endsWith("· " + b))
                .contains("    /Data/Coins  +500  " + coinsA + " → " + (coinsA + 500),
                        "    /Data/Coins  +500  " + coinsB + " → " + (coinsB + 500));
        assertThat(startup.window().profileTabs().getTabs().stream().filter(t -> t.getText().startsWith("● ✎")))
                .as("dirty markers").hasSize(2);
        shot(startup.window().scene(), "pending-tray");
        robot.clickOn("#tray-save-all");
        Window dialog = windowWith(robot, "#save-reason");
        saveDialog(robot, "   ", "Save");
        await(robot, () -> dialog.getScene().getRoot().lookup("#save-reason-error").isVisible());
        assertThat(dialog.isShowing()).as("an empty reason keeps the dialog open").isTrue();
        assertThat(((Label) dialog.getScene().getRoot().lookup("#save-reason-error")).getText()).contains("reason");
        shot(dialog.getScene(), "save-dialog-empty-reason");
        saveDialog(robot, "ticket 4", "Save");
        await(robot, () -> status(robot, first).startsWith("saved") && status(robot, second).startsWith("saved"));
        assertThat(stored(a).at("/Data/Coins").asLong()).isEqualTo(coinsA + 500);
        assertThat(stored(b).at("/Data/Coins").asLong()).isEqualTo(coinsB + 500);
        // the notices are in the tray, whichever tab shows: one per key, each with its new version and Undo
        Label notice = trayNotice(robot, b);
        assertThat(trayNotice(robot, a).getText()).contains("version");
        assertThat(notice.getText()).contains("version").contains("2 changes");
        assertThat(tray.rows()).as("nothing is pending").isEmpty();
        assertThat(robot.lookup("#tray-save-all").query().getParent().isVisible()).as("nor Save all").isFalse();
        assertThat(robot.from(second).lookup("#editor-notice").query().isVisible()).as("one notice a write").isFalse();
        robot.interact(() -> startup.window().profileTabs().getSelectionModel().select(0));
        shot(startup.window().scene(), "saved-notice");
        robot.clickOn(robot.from(notice.getParent()).lookup("#tray-undo").queryAs(Button.class));
        await(robot, () -> notice.getText().startsWith("Undone"));
        // the undo is a write: b's profile tab reads the value again
        robot.interact(() -> startup.window().profileTabs().getSelectionModel().select(2));
        await(robot, () -> startup.window().currentProfile().map(p -> p.model().snapshotProperty().get())
                .filter(v -> v != null && v.ref().key().equals(b) && v.reading().root() != null
                        && v.reading().root().at("/Data/Coins").asLong() == coinsB).isPresent());
        robot.clickOn(robot.from(notice.getParent()).lookup("#tray-notice-close").queryAs(Button.class));
        await(robot, () -> !notice.getParent().isVisible());
        assertThat(stored(b).at("/Data/Coins").asLong()).as("undo took the +500 back").isEqualTo(coinsB);
        assertThat(stored(b).at("/Data/Inventory").toString()).doesNotContain("00000000c0de");
        assertThat(stored(a).at("/Data/Coins").asLong()).as("the other key keeps its save").isEqualTo(coinsA + 500);
    }
}
