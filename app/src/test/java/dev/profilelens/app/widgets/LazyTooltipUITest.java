package dev.profilelens.app.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.testfx.FxThreadLookups;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lazily made tooltip is made on the first hover and shows then, as one set at once would. */
@ExtendWith(FxThreadLookups.class)
class LazyTooltipUITest {
    private final Button button = new Button("Refresh");

    @Start
    void start(Stage stage) {
        LazyTooltip.install(button, "Read the key again (F5)");
        stage.setScene(new Scene(new StackPane(button), 200, 100));
        stage.show();
    }

    @Test
    void theFirstHoverMakesAndShowsTheTooltip(FxRobot robot) throws Exception {
        assertThat(button.getTooltip()).as("nothing made before the pointer comes").isNull();
        assertThat(button.getAccessibleHelp()).isEqualTo("Read the key again (F5)");
        robot.moveTo(button);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> button.getTooltip() != null
                && button.getTooltip().isShowing());
        assertThat(button.getTooltip().getText()).isEqualTo("Read the key again (F5)");
    }
}
