package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.editor.EditorView;
import dev.profilelens.app.settings.AppSettings;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** No lost work on exit (issue #15 item 6): quitting or closing a tab with an unsaved edit asks first. */
class ExitGuardUITest extends SandboxUiTest {
    private Stage stage;
    private boolean stopped;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Override
    void started() {
        startup.window().openConnection(new Connection("Sandbox (writable)", sandbox.spec(), "#1f8a4c",
                SafetyLevel.FREE, false));
    }

    @Override
    void stop() {
        if (!stopped) {
            stopped = true;
            super.stop();
        }
    }

    private EditorView editWithChange(FxRobot robot, String key) {
        EditorView editor = UiSteps.openEditor(robot, startup.window(), key);
        robot.interact(() -> editor.area().replaceText(editor.area().getText().replaceFirst("\\{", "{\"Extra\": 1,")));
        UiSteps.waitFor(() -> !editor.unsavedWork().isEmpty());
        return editor;
    }

    private TabPane tabs(FxRobot robot) {
        return robot.lookup("#profile-tabs").queryAs(TabPane.class);
    }

    @Test
    void quittingWithAnUnsavedEditAsksAndCancelKeepsEverything(FxRobot robot) {
        String key = sandbox.freeKeys.get(0);
        editWithChange(robot, key);
        int open = tabs(robot).getTabs().size();

        Platform.runLater(() -> startup.window().quit());
        UiSteps.waitFor(() -> UiSteps.dialogSays(robot, "the unsaved edit of " + key));
        UiSteps.press(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(tabs(robot).getTabs()).hasSize(open);

        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        UiSteps.waitFor(() -> UiSteps.dialogSays(robot, "the unsaved edit of " + key));
        UiSteps.press(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs(robot).getTabs()).hasSize(open);

        Platform.runLater(() -> startup.window().quit());
        UiSteps.waitFor(() -> UiSteps.dialogSays(robot, "the unsaved edit of " + key));
        UiSteps.press(robot, "Discard and quit");
        UiSteps.waitFor(() -> !stage.isShowing());
    }

    @Test
    void closingTheWindowAsksToo(FxRobot robot) {
        editWithChange(robot, sandbox.freeKeys.get(1));
        Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        UiSteps.waitFor(() -> UiSteps.dialogSays(robot, "Quitting ProfileLens would lose"));
        UiSteps.press(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void withNothingUnsavedQuitClosesAtOnceAndTheWindowStateIsSaved(FxRobot robot) {
        UiSteps.openProfile(robot, sandbox.freeKeys.get(2));
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(610);
        });
        robot.interact(() -> startup.window().quit());
        assertThat(stage.isShowing()).isFalse();
        stop();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        AppSettings saved = new AppSettings(sandbox.env.file("settings.json"));
        assertThat(saved.window().width()).isEqualTo(900);
        assertThat(saved.window().height()).isEqualTo(610);
    }
}
