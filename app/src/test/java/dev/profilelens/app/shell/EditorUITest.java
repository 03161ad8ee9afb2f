package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.editor.EditorView;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The write side in the real window: edit, validate, save through the pipeline, refusals and merges. */
class EditorUITest extends SandboxUiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }


    @Override
    void started() {
        startup.window().openConnection(new Connection("Sandbox (writable)", sandbox.spec(), "#1f8a4c",
                SafetyLevel.FREE, false));
    }

    private EditorView edit(FxRobot robot, String key) {
        return UiSteps.openEditor(robot, startup.window(), key);
    }

    private static JsonNode stored(String key) {
        try (SqliteProfileSource s = SqliteProfileSource.open(sandbox.db)) {
            return RobloxJson.parse(s.read(EntryRef.of("PlayerData", key)).orElseThrow().value());
        }
    }

    /** The editor's text for {@code whole} with Data.Coins set (and optionally a MetaTag). */
    private static String withCoins(JsonNode whole, long coins, Integer dataVersion) {
        ObjectNode e = (ObjectNode) dev.profilelens.app.editor.Analysis.editable(whole);
        ((ObjectNode) e.get("Data")).put("Coins", coins);
        if (dataVersion != null) {
            ((ObjectNode) e.get("MetaTags")).put("DataVersion", dataVersion);
        }
        return RobloxJson.pretty(e);
    }

    /** Saves (Save button once it is enabled) and gives {@code reason} when asked. */
    private static void save(FxRobot robot, String reason) {
        UiSteps.waitFor(() -> !robot.lookup("#editor-save").queryAs(Button.class).isDisabled());
        robot.clickOn("#editor-save");
        UiSteps.answer(robot, reason);
    }

    private void setText(FxRobot robot, EditorView editor, String text) {
        robot.interact(() -> editor.area().replaceText(text));
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A screenshot of the newest other window (a dialog, the audit log). */
    private void shotWindow(FxRobot robot, String name) {
        javafx.stage.Window w = robot.listWindows().get(robot.listWindows().size() - 1);
        javafx.application.Platform.runLater(() -> {
            try {
                Snapshots.write(w.getScene(), Path.of("target", "ui-shots", name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) {
        javafx.application.Platform.runLater(() -> {
            try {
                Snapshots.write(startup.window().scene(), Path.of("target", "ui-shots", name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savingAFreeProfileWritesTheEditAndRecordsItInTheAuditLog(FxRobot robot) {
        String key = sandbox.freeKeys.get(0);
        JsonNode before = stored(key);
        long coins = before.path("Data").path("Coins").asLong() + 1000;
        EditorView editor = edit(robot, key);
        setText(robot, editor, withCoins(before, coins, 9));
        UiSteps.waitFor(() -> !robot.lookup("#editor-save").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#editor-changes").queryListView().getItems())
                .containsExactlyInAnyOrder("/Data/Coins +1000 (was 153608)",
                        "/MetaData/MetaTags/DataVersion tag 9 (was 3)");
        assertThat(robot.lookup("#editor-inline-diff").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("+     \"Coins\" : " + coins);
        shot("editor-pending-change");
        save(robot, "refund for a lost purchase");
        UiSteps.waitFor(() -> robot.lookup("#editor-status").queryAs(Label.class).getText().startsWith("saved"));
        JsonNode after = stored(key);
        assertThat(after.path("Data").path("Coins").asLong()).isEqualTo(coins);
        ObjectNode expected = (ObjectNode) before.deepCopy();
        ((ObjectNode) expected.get("Data")).put("Coins", coins);
        ((ObjectNode) expected.get("MetaData").get("MetaTags")).put("DataVersion", 9);
        assertThat(dev.profilelens.core.diff.JsonEquals.equal(after, expected)).as("only Coins and the tag changed")
                .isTrue();
        List<AuditEntry> log = TestProviders.installed().openAuditLog(sandbox.env.file("audit.db")).query(key, null,
                10);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).reason()).isEqualTo("refund for a lost purchase");
        assertThat(log.get(0).patch().toString()).contains("/Data/Coins");
        robot.interact(() -> startup.window().showAuditLog());
        UiSteps.waitFor(() -> robot.lookup("#audit-table").tryQuery().map(t -> !((javafx.scene.control.TableView<?>) t)
                .getItems().isEmpty()).orElse(false));
        robot.interact(() -> robot.lookup("#audit-table").queryTableView().getSelectionModel().select(0));
        shotWindow(robot, "audit-log-window");
    }

    @Test
    void aProfileHeldByALiveServerIsRefusedNothingIsWrittenAndTheEditIsKept(FxRobot robot) {
        String key = sandbox.keyByState.get("active");
        JsonNode before = stored(key);
        EditorView editor = edit(robot, key);
        String edited = withCoins(before, 123_456_789, null);
        setText(robot, editor, edited);
        save(robot, "try while online");
        UiSteps.waitFor(() -> UiSteps.dialogSays(robot, "owns " + key));
        shotWindow(robot, "editor-refused-live-lock");
        UiSteps.press(robot, "Deliver as a global update / message…");
        UiSteps.waitFor(() -> robot.lookup("#composer").tryQuery().isPresent());
        assertThat(startup.window().profileTabs().getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Mailbox · Sandbox (writable) · PlayerData · " + key);
        assertThat(stored(key)).isEqualTo(before);
        assertThat(editor.text()).isEqualTo(edited);
    }

    @Test
    void waitingForTheReleaseSavesTheEditOnceTheServerLetsGo(FxRobot robot) {
        String key = sandbox.activeKeys.get(1);
        JsonNode before = stored(key);
        EditorView editor = edit(robot, key);
        setText(robot, editor, withCoins(before, 777_000, null));
        save(robot, "after the player leaves");
        UiSteps.press(robot, "Wait, then save");
        WaitForAsyncUtils.sleep(4, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(stored(key)).as("nothing is written while the server holds the lock").isEqualTo(before);
        release(key);
        UiSteps.waitFor(() -> stored(key).at("/Data/Coins").asLong() == 777_000);
        assertThat(stored(key).at("/MetaData/ActiveSession").isMissingNode()).isTrue();
    }

    /** What the game server does when the player leaves: its last save, without ActiveSession. */
    private static void release(String key) {
        try (SqliteProfileSource s = SqliteProfileSource.open(sandbox.db)) {
            var e = s.read(EntryRef.of("PlayerData", key)).orElseThrow();
            ObjectNode v = (ObjectNode) RobloxJson.parse(e.value());
            ((ObjectNode) v.get("MetaData")).remove("ActiveSession");
            s.write(new dev.profilelens.core.store.WriteRequest(e.ref(), RobloxJson.write(v), e.userIds(),
                    e.attributesJson(), dev.profilelens.core.store.Precondition.matchVersion(e.version())));
        }
    }

    @Test
    void aStaleLockIsClearedOnlyAfterTheKeyIsTypedThenTheEditIsSaved(FxRobot robot) {
        String key = sandbox.keyByState.get("stale");
        JsonNode before = stored(key);
        EditorView editor = edit(robot, key);
        setText(robot, editor, withCoins(before, 424_242, null));
        save(robot, "old crashed server");
        UiSteps.waitFor(() -> UiSteps.dialogSays(robot, "stopped saving long ago"));
        UiSteps.answer(robot, "not the key");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(key)).as("a wrong confirmation writes nothing").isEqualTo(before);
        save(robot, "old crashed server");
        UiSteps.waitFor(() -> UiSteps.dialogSays(robot, "stopped saving long ago"));
        UiSteps.answer(robot, key);
        UiSteps.waitFor(() -> stored(key).at("/Data/Coins").asLong() == 424_242);
        assertThat(stored(key).at("/MetaData/ActiveSession").isMissingNode()).isTrue();
    }

    @Test
    void linesAreColouredWhenTheyComeOnScreenOrAreTypedNotAllAtOnce(FxRobot robot) {
        EditorView editor = edit(robot, sandbox.freeKeys.get(2));
        org.fxmisc.richtext.CodeArea area = editor.area();
        StringBuilder text = new StringBuilder("{\n  \"Data\": {\n");
        for (int i = 0; i < 3_000; i++) {
            text.append("    \"K").append(i).append("\": ").append(i).append(",\n");
        }
        setText(robot, editor, text.append("    \"Last\": true\n  },\n  \"MetaTags\": {}\n}").toString());
        UiSteps.waitFor(() -> keyed(area, 3));
        assertThat(keyed(area, 2_500)).as("a line far below the screen has no colours yet").isFalse();
        robot.interact(() -> area.showParagraphAtTop(2_500));
        UiSteps.waitFor(() -> keyed(area, 2_500));
        robot.interact(() -> area.insertText(area.getAbsolutePosition(2_900, 0), "    \"New\": 1,\n"));
        UiSteps.waitFor(() -> keyed(area, 2_900));
        assertThat(area.getParagraph(2_900).getText()).contains("New");
        assertThat(keyed(area, 2_800)).as("lines between stay as they were").isFalse();
    }

    @Test
    void aLineTypedIntoDuringAFrameGetsOneNewCellNotOneForTheTextAndOneForItsColours(FxRobot robot) {
        EditorView editor = edit(robot, sandbox.freeKeys.get(2));
        org.fxmisc.richtext.CodeArea area = editor.area();
        java.util.Map<Integer, Integer> made = new java.util.concurrent.ConcurrentHashMap<>();
        robot.interact(() -> {
            java.util.function.IntFunction<? extends javafx.scene.Node> numbers = area.getParagraphGraphicFactory();
            area.setParagraphGraphicFactory(i -> {
                made.merge(i, 1, Integer::sum);
                return numbers.apply(i);
            });
        });
        UiSteps.waitFor(() -> keyed(area, 1));
        WaitForAsyncUtils.waitForFxEvents();
        made.clear();
        // a key handled in a frame's animation phase (as a key repeat or an input timeline can be), before its layout
        robot.interact(() -> new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                area.insertText(area.getAbsolutePosition(1, 3), "x");
            }
        }.start());
        UiSteps.waitFor(() -> area.getParagraph(1).getText().contains("x") && keyed(area, 1));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made).as("new cells (a line number each) by line").containsExactly(java.util.Map.entry(1, 1));
    }

    private static boolean keyed(org.fxmisc.richtext.CodeArea area, int line) {
        return area.getStyleSpans(line).styleStream().anyMatch(st -> st.contains("json-key"));
    }

    @Test
    void invalidJsonTurnsSaveOffAndSaysWhereAndNanIsRefusedWithItsPath(FxRobot robot) {
        EditorView editor = edit(robot, sandbox.freeKeys.get(1));
        setText(robot, editor, "{\n  \"Coins\": 5,\n  \"Gems\": \n}");
        UiSteps.waitFor(() -> robot.lookup("#editor-problem").queryAs(Label.class).getText()
                .contains("line 4, column 1"));
        assertThat(robot.lookup("#editor-save").queryAs(Button.class).isDisabled()).isTrue();
        shot("editor-invalid-json");
        setText(robot, editor, "{\"Data\": {\"Coins\": NaN}, \"MetaTags\": {}}");
        UiSteps.waitFor(() -> robot.lookup("#editor-problem").queryAs(Label.class).getText().contains("/Data/Coins"));
        assertThat(robot.lookup("#editor-save").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aWriteBetweenReadAndSaveIsKeptAndTheTypedNumberAddedWithoutADialog(FxRobot robot) {
        String key = sandbox.freeKeys.get(2);
        JsonNode before = stored(key);
        long read = before.at("/Data/Coins").asLong();
        EditorView editor = edit(robot, key);
        setText(robot, editor, withCoins(before, 777, null));
        try (SqliteProfileSource s = SqliteProfileSource.open(sandbox.db)) {
            StoredEntry cur = s.read(EntryRef.of("PlayerData", key)).orElseThrow();
            ObjectNode theirs = (ObjectNode) before.deepCopy();
            ((ObjectNode) theirs.get("Data")).put("Coins", 5).put("Gems", 4242);
            s.write(new WriteRequest(EntryRef.of("PlayerData", key), RobloxJson.write(theirs), cur.userIds(),
                    cur.attributesJson(), Precondition.matchVersion(cur.version())));
        }
        save(robot, "merge test");
        UiSteps.waitFor(() -> robot.lookup("#editor-status").queryAs(Label.class).getText().startsWith("saved"));
        assertThat(robot.lookup("#merge-dialog").tryQuery()).as("no merge dialog for a delta").isEmpty();
        JsonNode after = stored(key).get("Data");
        assertThat(after.path("Coins").asLong()).as("theirs plus the typed change").isEqualTo(5 + 777 - read);
        assertThat(after.path("Gems").asLong()).as("theirs, kept").isEqualTo(4242);
        // the editor then shows the value stored, theirs included, and takes typing again
        UiSteps.waitFor(() -> editor.text().equals(RobloxJson.pretty(dev.profilelens.app.editor.Analysis.editable(
                stored(key)))) && editor.area().isEditable());
    }

    @Test
    void formatIndentsTheEditAsOneUndoableChangeOfTheLinesThatWereOff(FxRobot robot) {
        String key = sandbox.freeKeys.get(5);
        JsonNode before = stored(key);
        EditorView editor = edit(robot, key);
        String pretty = withCoins(before, 77, null);
        String squashed = pretty.replace("\"Coins\" : 77", "\"Coins\":77");
        setText(robot, editor, squashed);
        UiSteps.waitFor(() -> !robot.lookup("#editor-save").queryAs(Button.class).isDisabled());
        List<org.fxmisc.richtext.model.PlainTextChange> changes = new java.util.ArrayList<>();
        robot.interact(() -> editor.area().plainTextChanges().subscribe(changes::add));
        robot.clickOn("#editor-text").press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.F).release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.CONTROL);
        UiSteps.waitFor(() -> editor.text().equals(pretty));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).getRemoved().length() + changes.get(0).getInserted().length()).as("only near Coins")
                .isLessThan(10);
        robot.interact(() -> editor.area().undo());
        assertThat(editor.text()).isEqualTo(squashed);
    }

    @Test
    void theEditorOpensWithNothingToUndoAndDiscardPutsBackOnlyWhatDiffers(FxRobot robot) {
        String key = sandbox.freeKeys.get(4);
        JsonNode before = stored(key);
        EditorView editor = edit(robot, key);
        String opened = editor.text();
        assertThat(opened).isEqualTo(RobloxJson.pretty(dev.profilelens.app.editor.Analysis.editable(before)));
        assertThat(editor.area().getUndoManager().isUndoAvailable()).as("the text came with the area").isFalse();
        setText(robot, editor, withCoins(before, 4_000_000_123L, null));
        List<org.fxmisc.richtext.model.PlainTextChange> changes = new java.util.ArrayList<>();
        robot.interact(() -> editor.area().plainTextChanges().subscribe(changes::add));
        robot.clickOn("#editor-discard");
        UiSteps.waitFor(() -> editor.text().equals(opened) && editor.area().isEditable());
        assertThat(changes).as("one change, of the number only").hasSize(1);
        assertThat(changes.get(0).getRemoved()).as("of the typed number").hasSizeLessThanOrEqualTo(10)
                .doesNotContain("\n");
        assertThat(changes.get(0).getInserted()).as("of the number as read").doesNotContain("\n")
                .hasSizeLessThanOrEqualTo(before.at("/Data/Coins").asText().length());
        robot.interact(() -> editor.area().undo());
        assertThat(editor.text()).as("the discard is undone as one step").contains("\"Coins\" : 4000000123");
    }

    @Test
    void addingATagInTheMetaTagsTableEditsTheTextAndShowsAsAChange(FxRobot robot) {
        EditorView editor = edit(robot, sandbox.freeKeys.get(3));
        robot.interact(() -> robot.lookup("#editor-side").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(0));
        UiSteps.waitFor(() -> robot.lookup("#metatags-table").tryQuery().isPresent()
                && !robot.lookup("#metatags-table").queryTableView().getItems().isEmpty());
        robot.clickOn("#metatags-add");
        UiSteps.waitFor(() -> robot.lookup("#editor-changes").queryListView().getItems()
                .contains("/MetaData/MetaTags/NewTag1 tag 0 (was (absent))"));
        assertThat(editor.text()).contains("\"NewTag1\" : 0");
        shot("editor-metatags-table");
    }
}
