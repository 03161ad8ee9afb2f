package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.testfx.FxThreadLookups;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A tool window closes with its Close button, and with Escape unless Escape belongs to the text field in focus; a
 * content with a close button of its own gets none.
 */
@ExtendWith(FxThreadLookups.class)
class ChildWindowsUITest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void escapeClosesTheWindowButNotWhileTypingInAField(FxRobot robot) {
        AtomicBoolean hidden = new AtomicBoolean();
        Stage[] w = new Stage[1];
        TextField field = new TextField();
        field.setId("child-field");
        Button button = new Button("Start");
        button.setId("child-button");
        robot.interact(() -> {
            w[0] = ChildWindows.show(owner, "Tool — ProfileLens", new VBox(field, button), 400, 300);
            w[0].setOnHidden(e -> hidden.set(true));
        });

        robot.clickOn("#child-field").write("abc").type(KeyCode.ESCAPE);
        assertThat(w[0].isShowing()).as("Escape in a text field stays with the field").isTrue();
        assertThat(field.getText()).isEqualTo("abc");

        robot.interact(button::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertThat(w[0].isShowing()).as("Escape elsewhere closes it").isFalse();
        assertThat(hidden).as("its clean-up ran (onHidden)").isTrue();
    }

    @Test
    void theCloseButtonClosesTheWindowAndRunsItsCleanUp(FxRobot robot) {
        AtomicBoolean hidden = new AtomicBoolean();
        Stage[] w = new Stage[1];
        robot.interact(() -> {
            w[0] = ChildWindows.show(owner, "Tool — ProfileLens", new VBox(new Button("Start")), 400, 300);
            w[0].setOnHidden(e -> hidden.set(true));
        });
        Button close = robot.lookup("#child-close").queryButton();
        assertThat(close.getScene().getWindow()).isSameAs(w[0]);

        robot.clickOn(close);
        assertThat(w[0].isShowing()).isFalse();
        assertThat(hidden).isTrue();
    }

    @Test
    void aContentWithItsOwnCloseButtonGetsNoSecond(FxRobot robot) {
        Stage[] w = new Stage[1];
        robot.interact(() -> w[0] = ChildWindows.show(owner, "Mirror — ProfileLens", new VBox(new Button("Close")),
                400, 300, false));
        assertThat(robot.lookup("#child-close").tryQuery()).isEmpty();
        robot.interact(w[0]::close);
    }
}
