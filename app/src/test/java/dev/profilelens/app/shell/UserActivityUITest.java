package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.testfx.FxThreadLookups;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The user counts as working for a while after any input, and while the key list loads and a while after. */
@ExtendWith(FxThreadLookups.class)
class UserActivityUITest {
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private BooleanSupplier busy;

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new TextField(), 300, 100);
        busy = UserActivity.of(scene, loading, nanos::get);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void inputMakesItBusyForAWhileAndLoadingWhileItLasts(FxRobot robot) throws Exception {
        assertThat(ask(robot)).as("before any input").isFalse();
        robot.clickOn(".text-field").write("a");
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(UserActivity.QUIET_MS - 1));
        assertThat(ask(robot)).as("just after typing").isTrue();
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(ask(robot)).as("after a quiet while").isFalse();
        robot.interact(() -> loading.set(true));
        assertThat(ask(robot)).as("while loading").isTrue();
        robot.interact(() -> loading.set(false));
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(UserActivity.QUIET_MS - 1));
        assertThat(ask(robot)).as("just after a page loaded").isTrue();
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(ask(robot)).as("a quiet while after it").isFalse();
    }

    private boolean ask(FxRobot robot) {
        boolean[] b = new boolean[1];
        robot.interact(() -> b[0] = busy.getAsBoolean());
        return b[0];
    }
}
