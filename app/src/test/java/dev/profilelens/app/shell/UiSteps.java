package dev.profilelens.app.shell;

import dev.profilelens.app.widgets.KeyRow;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the UI tests share: waiting, opening a profile, answering a text dialog. */
final class UiSteps {
    /** How long a step waits: generous, for a loaded CI machine (a failing wait only costs time). */
    private static final int WAIT_S = 30;

    private UiSteps() {
    }

    /**
     * Waits until {@code condition} holds, checking it on the FX thread (lookups walk the scene graph, which only
     * the FX thread may read while it changes).
     */
    static void waitFor(Callable<Boolean> condition) {
        waitFor(condition, () -> "");
    }

    /**
     * As {@link #waitFor(Callable)}; when the wait fails, {@code state} (asked on the FX thread) says what the window
     * showed instead, or that the FX thread did not answer.
     */
    static void waitFor(Callable<Boolean> condition, Callable<String> state) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            String seen;
            try {
                seen = WaitForAsyncUtils.asyncFx(state).get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException | InterruptedException
                     | java.util.concurrent.ExecutionException f) {
                seen = "the FX thread did not answer within 10 s (" + f + ")";
            }
            throw new AssertionError("condition not met within " + WAIT_S + " s"
                    + (seen.isEmpty() ? "" : "; " + seen), e);
        }
    }

    @SuppressWarnings("unchecked")
    static void openProfile(FxRobot robot, String key) {
        ListView<KeyRow> keys = (ListView<KeyRow>) robot.lookup("#key-list").query();
        waitFor(() -> !keys.getItems().isEmpty());
        robot.clickOn("#key-search").eraseText(40).write(key).type(KeyCode.ENTER);
        waitFor(() -> keys.getItems().size() == 1 && keys.getItems().get(0).ref().key().equals(key),
                () -> "the key list shows " + keys.getItems().size() + " keys, the first "
                        + keys.getItems().stream().limit(3).map(r -> r.ref().key()).toList());
        robot.interact(() -> keys.getSelectionModel().select(0));
        robot.clickOn(keys).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#profile-versions").tryQuery().map(n -> !n.isDisabled()).orElse(false),
                () -> "tabs: " + robot.lookup(".tab-pane").queryAll().stream().filter(n -> n instanceof
                        javafx.scene.control.TabPane).flatMap(n -> ((javafx.scene.control.TabPane) n).getTabs()
                        .stream()).map(javafx.scene.control.Tab::getText).toList());
    }

    /**
     * Opens {@code key}'s profile tab and presses that tab's Edit button (a lookup of the whole scene would find the
     * first tab's); returns the editor once its tab shows.
     */
    static dev.profilelens.app.editor.EditorView openEditor(FxRobot robot, MainWindow window, String key) {
        openProfile(robot, key);
        dev.profilelens.app.profile.ProfileView[] view = new dev.profilelens.app.profile.ProfileView[1];
        waitFor(() -> {
            view[0] = window.currentProfile().filter(v -> v.model().ref().key().equals(key)).orElse(null);
            return view[0] != null && !robot.from(view[0]).lookup("#profile-edit").query().isDisabled();
        }, () -> {
            javafx.scene.control.Tab t = window.profileTabs().getSelectionModel().getSelectedItem();
            dev.profilelens.app.profile.ProfileView v = view[0];
            return "tab shown: " + (t == null ? "none" : t.getText()) + (v == null ? "" : ", its connection "
                    + v.model().session().connection().name() + " (writable: "
                    + v.model().session().connection().writable() + "), read: "
                    + (v.model().snapshotProperty().get() != null));
        });
        robot.clickOn(robot.from(view[0]).lookup("#profile-edit").queryButton());
        dev.profilelens.app.editor.EditorView[] editor = new dev.profilelens.app.editor.EditorView[1];
        waitFor(() -> {
            javafx.scene.control.Tab t = window.profileTabs().getSelectionModel().getSelectedItem();
            editor[0] = t != null && t.getContent() instanceof dev.profilelens.app.editor.EditorView e
                    && !robot.from(e).lookup("#editor-text").queryAll().isEmpty() ? e : null;
            return editor[0] != null;
        });
        return editor[0];
    }

    /** The newest showing dialog window's root, once one shows a text field. */
    private static javafx.scene.Parent newestDialog(FxRobot robot, String part) {
        javafx.scene.Parent[] found = new javafx.scene.Parent[1];
        waitFor(() -> {
            java.util.List<javafx.stage.Window> windows = robot.listWindows();
            for (int i = windows.size() - 1; i >= 0; i--) {
                javafx.stage.Window w = windows.get(i);
                if (w.isShowing() && w.getScene() != null
                        && !robot.from(w.getScene().getRoot()).lookup(part).queryAll().isEmpty()) {
                    found[0] = w.getScene().getRoot();
                    return true;
                }
            }
            return false;
        });
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return found[0];
    }

    /** Types into the newest text dialog (a question, the save dialog's reason) and presses its OK / Save button. */
    static void answer(FxRobot robot, String text) {
        javafx.scene.Parent root = newestDialog(robot, ".dialog-pane .text-field");
        javafx.scene.control.TextField field = robot.from(root).lookup(".text-field")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText(text));
        boolean ok = robot.from(root).lookup(".button").queryAll().stream()
                .anyMatch(n -> n instanceof Button b && "OK".equals(b.getText()));
        robot.interact(button(robot, root, ok ? "OK" : "Save")::fire);
    }

    /** Types {@code reason} into the newest change preview (restore, revert) and presses {@code label}. */
    static void confirmPreview(FxRobot robot, String reason, String label) {
        javafx.scene.Parent root = newestDialog(robot, "#changes-reason");
        javafx.scene.control.TextField field = robot.from(root).lookup("#changes-reason")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText(reason));
        robot.interact(button(robot, root, label)::fire);
    }

    /** The rows of the newest change preview's table. */
    @SuppressWarnings("unchecked")
    static java.util.List<dev.profilelens.app.history.ChangeRow> previewRows(FxRobot robot) {
        javafx.scene.Parent root = newestDialog(robot, "#changes-table");
        return java.util.List.copyOf(((javafx.scene.control.TableView<dev.profilelens.app.history.ChangeRow>)
                robot.from(root).lookup("#changes-table").query()).getItems());
    }

    /** The node {@code id} in the newest window that shows one. */
    static <T> T waitForNode(FxRobot robot, String id, Class<T> type) {
        return type.cast(robot.from(newestDialog(robot, id)).lookup(id).query());
    }

    /** Writes a PNG of {@code window}'s scene to {@code target/ui-shots/NAME.png} (for looking at by eye). */
    static void shot(FxRobot robot, javafx.stage.Window window, String name) {
        robot.interact(() -> {
            try {
                Snapshots.write(window.getScene(), java.nio.file.Path.of("target", "ui-shots", name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Presses Cancel in the newest dialog. */
    static void cancel(FxRobot robot) {
        press(robot, "Cancel");
    }

    /** Presses the button labelled {@code label} in the newest dialog. */
    static void press(FxRobot robot, String label) {
        javafx.scene.Parent root = newestDialog(robot, ".dialog-pane .button");
        robot.interact(button(robot, root, label)::fire);
    }

    private static Button button(FxRobot robot, javafx.scene.Parent root, String label) {
        return (Button) robot.from(root).lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button b && label.equals(b.getText())).findFirst().orElseThrow();
    }

    static boolean dialogSays(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .label").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText() != null && l.getText().contains(text));
    }
}
