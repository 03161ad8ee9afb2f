package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.cli.CliHarness;
import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.app.history.ChangeRow;
import dev.profilelens.app.versions.CompareRow;
import dev.profilelens.app.versions.VersionRow;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.EditRequest;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.edit.intent.SetValue;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.testsupport.store.TestProviders;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** History you can read (#22 item 5) and restore / revert showing value now → value after first (#15). */
class HistoryUITest extends SandboxUiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    void started() {
        startup.window().openConnection(sandbox.writable());
    }

    private static JsonNode stored(String key) {
        return sandbox.stored(key);
    }

    private static String oldestVersion(String key) {
        try (SqliteProfileSource s = SqliteProfileSource.open(sandbox.db)) {
            var list = s.listVersions(EntryRef.of("PlayerData", key), VersionQuery.newestFirst(), null, 200).items();
            return list.get(list.size() - 1).version();
        }
    }

    /** A ProfileLens write made with the CLI into the same audit log the window reads. */
    private static void cliEdit(String key, String option, String intent, String reason) {
        CliHarness r = CliHarness.in(sandbox.env).run("edit", "PlayerData", key, "--source", sandbox.spec(), option,
                intent,
                "--reason", reason);
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private void shot(FxRobot robot, String name, boolean newestWindow) {
        UiSteps.shot(robot, newestWindow ? robot.listWindows().get(robot.listWindows().size() - 1)
                : startup.window().scene().getWindow(), name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void versionsNameTheirAuthorAndARestoreShowsTheValueNowAndTheRestoredValueFirst(FxRobot robot) {
        String key = sandbox.freeKeys.get(6);
        String oldest = oldestVersion(key);
        cliEdit(key, "--add", "/Data/Coins=500", "ticket 41");
        cliEdit(key, "--add", "/Data/Coins=250", "ticket 42");
        long now = stored(key).at("/Data/Coins").asLong();
        UiSteps.openProfile(robot, key);
        robot.clickOn("#profile-versions");
        TableView<VersionRow> table = robot.lookup("#versions-table").queryAs(TableView.class);
        UiSteps.waitFor(() -> table.getItems().size() >= 3 && table.getItems().get(0).write() != null);
        VersionRow newest = table.getItems().get(0);
        assertThat(newest.author()).isEqualTo(TestEnvironments.USER);
        assertThat(newest.action()).isEqualTo("save");
        assertThat(table.getItems().get(1).author()).isNotEmpty();
        assertThat(table.getItems().get(table.getItems().size() - 1).write()).as("a seeded version").isNull();
        assertThat(newest.reason()).isEqualTo("ticket 42");
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.C,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        UiSteps.waitFor(() -> newest.info().version().equals(javafx.scene.input.Clipboard.getSystemClipboard()
                .getString()));
        shot(robot, "versions-authors", false);

        robot.interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().size() - 1));
        robot.clickOn("#versions-compare");
        TableView<CompareRow> paths = robot.lookup("#versions-paths").queryAs(TableView.class);
        UiSteps.waitFor(() -> paths.getItems().stream().anyMatch(r -> r.path().equals("/Data/Coins")));
        CompareRow coins = paths.getItems().stream().filter(r -> r.path().equals("/Data/Coins")).findFirst()
                .orElseThrow();
        assertThat(coins.older()).isEqualTo(RobloxJson.parse(versionValue(key, oldest)).at("/Data/Coins").toString());
        assertThat(coins.newer()).isEqualTo(Long.toString(now));
        assertThat(paths.getItems()).allMatch(CompareRow::changed);
        int changedOnly = paths.getItems().size();
        shot(robot, "versions-compare", false);
        robot.clickOn("#versions-all-paths");
        UiSteps.waitFor(() -> paths.getItems().size() > changedOnly);
        assertThat(paths.getItems()).anyMatch(r -> !r.changed());
        robot.interact(() -> startup.window().toggleTheme());
        shot(robot, "versions-compare-all-dark", false);
        robot.interact(() -> startup.window().toggleTheme());
        robot.clickOn("#versions-all-paths");
        UiSteps.waitFor(() -> paths.getItems().size() == changedOnly);

        robot.interact(() -> paths.getSelectionModel().select(paths.getItems().stream()
                .filter(r -> r.path().equals("/Data/Coins")).findFirst().orElseThrow()));
        robot.clickOn("#versions-restore-paths");
        List<ChangeRow> preview = UiSteps.previewRows(robot);
        assertThat(preview).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/Data/Coins");
            assertThat(r.before()).isEqualTo(Long.toString(now));
            assertThat(r.after()).isEqualTo(coins.older());
        });
        shot(robot, "restore-preview", true);
        UiSteps.confirmPreview(robot, "roll back coins", "Restore");
        UiSteps.waitFor(() -> robot.lookup("#versions-status").queryAs(Label.class).getText()
                .startsWith("restored"));
        assertThat(stored(key).at("/Data/Coins").asText()).isEqualTo(coins.older());
        UiSteps.waitFor(() -> "restore".equals(table.getItems().get(0).action()));
        assertThat(table.getItems().get(0).reason()).startsWith("roll back coins (restore of version " + oldest);
    }

    private static byte[] versionValue(String key, String version) {
        try (SqliteProfileSource s = SqliteProfileSource.open(sandbox.db)) {
            return s.readVersion(EntryRef.of("PlayerData", key), version).orElseThrow().value();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAuditLogShowsOldToNewAndARevertShowsAPreviewFirst(FxRobot robot) {
        String key = sandbox.freeKeys.get(7);
        JsonNode before = stored(key);
        try (SqliteProfileSource s = SqliteProfileSource.open(sandbox.db)) {
            // a ProfileLens write on the window's writable connection (the revert needs that connection)
            SaveResult r = new SaveUseCase(s, TestProviders.installed().openAuditLog(sandbox.env.file("audit.db")),
                    java.time.Clock.systemUTC(), TestEnvironments.USER, "Sandbox (writable)")
                    .save(EditRequest.of(EntryRef.of("PlayerData", key), List.of(SetValue.of("/Data/Coins",
                            RobloxJson.parse("31337"))), "to be reverted"));
            assertThat(r).isInstanceOf(SaveResult.Written.class);
        }
        robot.interact(() -> startup.window().showAuditLog());
        UiSteps.waitFor(() -> robot.lookup("#audit-table").tryQuery().isPresent());
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryAs(TableView.class);
        robot.clickOn("#audit-filter").write(key);
        UiSteps.waitFor(() -> table.getItems().stream().anyMatch(e -> e.key().equals(key)));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(e -> e.key().equals(key)).findFirst().orElseThrow()));
        TableView<ChangeRow> changes = robot.lookup("#audit-changes").queryAs(TableView.class);
        UiSteps.waitFor(() -> changes.getItems().size() == 1);
        assertThat(changes.getItems().get(0)).isEqualTo(new ChangeRow("/Data/Coins", "set 31337",
                before.at("/Data/Coins").toString(), "31337"));
        shot(robot, "audit-log-changes", true);
        robot.clickOn("#audit-revert");
        List<ChangeRow> preview = UiSteps.previewRows(robot);
        assertThat(preview).containsExactly(new ChangeRow("/Data/Coins", "set " + before.at("/Data/Coins"),
                "31337", before.at("/Data/Coins").toString()));
        assertThat(stored(key).at("/Data/Coins").asLong()).as("nothing written before confirming").isEqualTo(31_337);
        shot(robot, "revert-preview", true);
        UiSteps.confirmPreview(robot, "revert: test", "Revert");
        UiSteps.waitFor(() -> stored(key).at("/Data/Coins").equals(before.at("/Data/Coins")));
        assertThat(stored(key).get("Data")).isEqualTo(before.get("Data"));
        UiSteps.waitFor(() -> table.getItems().stream().anyMatch(e -> e.key().equals(key)
                && e.action().equals("revert")));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
