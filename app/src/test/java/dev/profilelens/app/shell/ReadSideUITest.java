package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.app.widgets.KeyRow;
import dev.profilelens.core.lock.LockState;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on Monocle: filter keys, open locked, stale and corrupt profiles and read what they say. */
@ExtendWith(FxThreadLookups.class)
class ReadSideUITest {
    @TempDir
    static Path dir;
    private static SandboxFixture sandbox;
    private Startup startup;

    @BeforeAll
    static void seed() {
        sandbox = new SandboxFixture(dir);
    }

    @Start
    void start(Stage stage) {
        startup = new Startup(List.of("--source", sandbox.spec()), sandbox.env);
        startup.start(stage);
    }

    @AfterEach
    void stop() {
        javafx.application.Platform.runLater(startup::stop);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ListView<KeyRow> keyList(FxRobot robot) {
        return (ListView<KeyRow>) robot.lookup("#key-list").query();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        UiSteps.waitFor(condition);
    }

    private void open(FxRobot robot, String key) {
        waitFor(() -> !keyList(robot).getItems().isEmpty());
        robot.clickOn("#key-search").eraseText(40).write(key);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> keyList(robot).getItems().size() == 1
                && keyList(robot).getItems().get(0).ref().key().equals(key));
        Node cell = robot.lookup("#key-list .list-cell").match(LabeledMatchers.hasText((String) null)).query();
        robot.interact(() -> keyList(robot).getSelectionModel().select(0));
        robot.doubleClickOn(cell);
        waitFor(() -> robot.lookup("#profile-panes").tryQuery().isPresent()
                && robot.lookup("#session-lock-state").tryQuery().isPresent()
                || robot.lookup("#profile-panes .tab").queryAll().size() > 2);
    }

    /** Keeps a picture of what the test saw, for people reviewing the run (target/ui-shots). */
    private void shot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Snapshots.write(startup.window().scene(), Path.of("target", "ui-shots", name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void typingAPrefixFiltersTheKeys(FxRobot robot) {
        waitFor(() -> keyList(robot).getItems().size() > 10);
        String key = sandbox.keyByState.get("free");
        String prefix = key.substring(0, key.length() - 2);
        robot.clickOn("#key-search").write(prefix);
        waitFor(() -> !keyList(robot).getItems().isEmpty()
                && keyList(robot).getItems().stream().allMatch(r -> r.ref().key().startsWith(prefix)));
        assertThat(keyList(robot).getItems()).extracting(r -> r.ref().key()).contains(key);
        assertThat(robot.lookup("#key-count").queryAs(Label.class).getText()).contains("keys loaded");
    }

    @Test
    void aLockedProfileShowsItsOwnerAndLockAge(FxRobot robot) {
        String key = sandbox.keyByState.get("active");
        LockState lock = sandbox.lockByKey.get(key);
        open(robot, key);
        robot.clickOn("Session");
        waitFor(() -> robot.lookup("#session-owner-place").tryQuery().isPresent());
        assertThat(robot.lookup("#session-lock-state").queryAs(Label.class).getText()).isEqualTo("active");
        assertThat(robot.lookup("#session-owner-place").queryAs(Label.class).getText())
                .isEqualTo(lock.owner().placeId().asText());
        assertThat(robot.lookup("#session-owner-job").queryAs(Label.class).getText())
                .isEqualTo(lock.owner().jobId().asText());
        assertThat(robot.lookup("#session-lock-age").queryAs(Label.class).getText()).matches("\\d+ s of 1800 s.*");
        shot(robot, "locked-session");
        robot.interact(() -> startup.window().toggleTheme());
        shot(robot, "locked-session-dark");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDataTableIsAsTallAsItsRowsAndGrowsWhenRowsAreExpanded(FxRobot robot) {
        open(robot, sandbox.keyByState.get("free"));
        var tree = (javafx.scene.control.TreeTableView<Object>) robot.lookup("#data-tree").query();
        var pane = tree.getParent();
        waitFor(() -> tree.getHeight() > 0);
        double collapsed = tree.getHeight();
        assertThat(collapsed).as("no empty rows below the data").isLessThan(pane.getLayoutBounds().getHeight() - 100);
        robot.clickOn("Expand all");
        waitFor(() -> tree.getHeight() > collapsed + 5 * 24);
        assertThat(tree.getHeight()).isLessThanOrEqualTo(pane.getLayoutBounds().getHeight());
    }

    @Test
    void theRawPaneColoursTheLinesOnScreenAndFindsText(FxRobot robot) {
        open(robot, sandbox.keyByState.get("active"));
        robot.clickOn("Raw");
        org.fxmisc.richtext.CodeArea area = robot.lookup("#raw-text").queryAs(org.fxmisc.richtext.CodeArea.class);
        waitFor(() -> area.getParagraphs().size() > 3 && area.getStyleSpans(1).styleStream()
                .anyMatch(st -> st.contains("json-key")));
        robot.clickOn("#raw-find").write("SessionLoadCount").type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> "SessionLoadCount".equals(area.getSelectedText()));
        int line = area.getCurrentParagraph();
        waitFor(() -> area.getStyleSpans(line).styleStream().anyMatch(st -> st.contains("json-key")));
        shot(robot, "raw-pane");
    }

    @Test
    void desktopNotificationsCanBeTurnedOffFromTheViewMenu(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.CheckMenuItem item = (javafx.scene.control.CheckMenuItem) bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-notify-free".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(item.isSelected()).isTrue();
        robot.interact(() -> item.setSelected(false));
        assertThat(startup.window().settings().notifyWhenFree()).isFalse();
        robot.interact(() -> item.setSelected(true));
        assertThat(startup.window().settings().notifyWhenFree()).isTrue();
    }

    @Test
    void menusAndTheShortcutHelpComeFromOneListAndDocumentCommandsWaitForADocument(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<javafx.scene.control.MenuItem> items = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .toList();
        javafx.scene.control.MenuItem edit = items.stream().filter(i -> "Edit profile…".equals(i.getText()))
                .findFirst().orElseThrow();
        javafx.scene.control.MenuItem bulk = items.stream().filter(i -> "Bulk edit…".equals(i.getText()))
                .findFirst().orElseThrow();
        waitFor(() -> !bulk.isDisable());
        assertThat(edit.isDisable()).as("no profile tab is open yet").isTrue();
        String help = new Commands(startup.window()).shortcutHelp();
        for (javafx.scene.control.MenuItem i : items) {
            if (i.getAccelerator() != null) {
                assertThat(help).as("the help names %s", i.getText())
                        .contains(i.getAccelerator().getDisplayText() + "  " + i.getText());
            }
        }
        open(robot, sandbox.keyByState.get("stale"));
        waitFor(() -> !edit.isDisable());
    }

    @Test
    void aStaleProfileCarriesTheStaleBadge(FxRobot robot) {
        open(robot, sandbox.keyByState.get("stale"));
        waitFor(() -> robot.lookup("#profile-lock-badge").tryQuery().isPresent());
        assertThat(robot.lookup("#profile-lock-badge").queryAs(Label.class).getText()).isEqualTo("stale");
        assertThat(robot.lookup("#profile-lock-badge").queryAs(Label.class).getStyleClass()).contains("badge-stale");
    }

    @Test
    void aCorruptValueIsExplainedInWords(FxRobot robot) {
        open(robot, sandbox.keyByState.get("corrupt"));
        waitFor(() -> robot.lookup("#kind-explanation").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#kind-explanation").queryAs(Label.class).getText())
                .contains("corrupt").contains("WasCorrupted = true");
        shot(robot, "corrupt");
    }
}
