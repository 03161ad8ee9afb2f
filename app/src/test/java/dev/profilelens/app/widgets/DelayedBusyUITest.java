package dev.profilelens.app.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.testfx.FxThreadLookups;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The spinner shows only for work that lasts, and goes as soon as the work ends. */
@ExtendWith(FxThreadLookups.class)
class DelayedBusyUITest {
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private DelayedBusy spinner;

    @Start
    void start(Stage stage) {
        spinner = DelayedBusy.following(busy, 18);
        stage.setScene(new Scene(new StackPane(spinner), 100, 100));
        stage.show();
    }

    @Test
    void longWorkShowsTheSpinnerAfterTheDelayAndItsEndHidesItAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> busy.set(true));
        assertThat(spinner.showing()).as("not at once").isFalse();
        assertThat(spinner.spinner()).as("nothing made before it is needed").isNull();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, spinner::showing);
        assertThat(spinner.spinner()).isNotNull();
        assertThat(spinner.spinner().isVisible()).isTrue();
        assertThat(spinner.getWidth()).isEqualTo(18.0);
        robot.interact(() -> busy.set(false));
        assertThat(spinner.showing()).as("gone with the work").isFalse();
    }

    @Test
    void shortWorkNeverShowsIt(FxRobot robot) throws Exception {
        // a 3 s delay of its own, so that a loaded machine holding this thread a second changes no outcome
        SimpleBooleanProperty work = new SimpleBooleanProperty();
        DelayedBusy slow = WaitForAsyncUtils.asyncFx(() -> DelayedBusy.following(work, 18,
                javafx.util.Duration.seconds(3))).get(10, TimeUnit.SECONDS);
        robot.interact(() -> work.set(true));
        robot.interact(() -> work.set(false));
        Thread.sleep(3_300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slow.showing()).isFalse();
        // 2 s + 1.5 s: past the delay counted from the first start, well within it from the second
        robot.interact(() -> work.set(true));
        Thread.sleep(2_000);
        robot.interact(() -> {
            work.set(false);
            work.set(true);
        });
        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slow.showing()).as("the delay starts again with each new piece of work").isFalse();
        assertThat(slow.spinner()).as("never made").isNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, slow::showing);
        assertThat(slow.spinner()).as("made once shown, from the second start on").isNotNull();
    }
}
