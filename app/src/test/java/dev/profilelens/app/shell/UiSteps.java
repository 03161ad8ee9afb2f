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
    private UiSteps() {
    }

    static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }

    @SuppressWarnings("unchecked")
    static void openProfile(FxRobot robot, String key) {
        ListView<KeyRow> keys = (ListView<KeyRow>) robot.lookup("#key-list").query();
        waitFor(() -> !keys.getItems().isEmpty());
        robot.clickOn("#key-search").eraseText(40).write(key).type(KeyCode.ENTER);
        waitFor(() -> keys.getItems().size() == 1 && keys.getItems().get(0).ref().key().equals(key));
        robot.interact(() -> keys.getSelectionModel().select(0));
        robot.clickOn(keys).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#profile-versions").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    }

    /** Types into the open text dialog and presses its OK button. */
    static void answer(FxRobot robot, String text) {
        waitFor(() -> robot.lookup(".dialog-pane .text-field").queryAll().stream()
                .anyMatch(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing() && n.isVisible()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField field = robot.lookup(".dialog-pane .text-field").queryAs(
                javafx.scene.control.TextField.class);
        Button ok = (Button) robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(n -> n instanceof Button b && b.getText().equals("OK")).findFirst().orElseThrow();
        robot.interact(() -> field.setText(text));
        robot.interact(ok::fire);
    }

    static boolean dialogSays(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .label").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText() != null && l.getText().contains(text));
    }
}
