package dev.profilelens.app.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.testfx.FxThreadLookups;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A confirmation with a long text wraps it and opens on the screen with its buttons reachable. */
@ExtendWith(FxThreadLookups.class)
class ScreenFitUITest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        // the app's theme, as the window starts it: its fonts and paddings make buttons wider than Modena's
        javafx.application.Application.setUserAgentStylesheet(dev.profilelens.icons.Theme.LIGHT.userAgentStylesheet());
        stage.setScene(new Scene(new StackPane(new Label("owner")), 800, 600));
        stage.getScene().getStylesheets().setAll(dev.profilelens.icons.Theme.LIGHT.stylesheets());
        stage.show();
    }

    @Test
    void aLongTypedConfirmationFitsTheScreen(FxRobot robot) throws Exception {
        String longLine = "The lock of Player_1 is held by place 4811000001 job "
                + "0f2c1e4a-8b7d-4c6e-9a1f-2b3c4d5e6f70 ".repeat(12) + "and has not been updated for 2 hours.";
        FxDialogService dialogs = new FxDialogService(owner);
        Platform.runLater(() -> dialogs.confirmTyped("Clear the stale lock?", longLine, "CLEAR"));
        Window[] dialog = new Window[1];
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
            for (Window w : robot.listWindows()) {
                if (w != owner && w.isShowing()) {
                    dialog[0] = w;
                    return true;
                }
            }
            return false;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Window d = dialog[0];
        assertThat(d.getWidth()).isLessThanOrEqualTo(ScreenFit.DIALOG_WIDTH + 40);
        assertThat(d.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(d.getX() + d.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(d.getY() + d.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        Button ok = robot.from(d.getScene().getRoot()).lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button b && "OK".equals(b.getText())).map(n -> (Button) n)
                .findFirst().orElseThrow();
        Bounds b = ok.localToScreen(ok.getBoundsInLocal());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(b.getMaxY()).isLessThanOrEqualTo(screen.getMaxY());
        Node header = d.getScene().getRoot().lookup(".header-panel .label");
        assertThat(((Label) header).isWrapText()).isTrue();
        robot.interact(() -> ((Stage) d).close());
    }

    @Test
    void aChoiceShowsEveryButtonLabelWhole(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(owner);
        Platform.runLater(() -> dialogs.choose("A live server owns Player_100092", "Save will not write over it.",
                java.util.List.of("Deliver as a global update / message…", "Hand over…", "Wait, then save",
                        "Cancel")));
        Window[] dialog = new Window[1];
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
            for (Window w : robot.listWindows()) {
                if (w != owner && w.isShowing()) {
                    dialog[0] = w;
                    return true;
                }
            }
            return false;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Window d = dialog[0];
        java.util.List<Button> buttons = robot.from(d.getScene().getRoot()).lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button).map(n -> (Button) n).toList();
        assertThat(buttons).hasSize(4);
        for (Button b : buttons) {
            assertThat(b.getWidth()).as("%s is not cut", b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
            Bounds on = b.localToScreen(b.getBoundsInLocal());
            assertThat(on.getMaxX()).as("%s inside the dialog", b.getText())
                    .isLessThanOrEqualTo(d.getX() + d.getWidth() + 0.5);
        }
        robot.interact(() -> {
            try {
                dev.profilelens.app.shell.Snapshots.write(d.getScene(), java.nio.file.Path.of("target", "ui-shots",
                        "live-choice-dialog.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.interact(() -> ((Stage) d).close());
    }
}
