package dev.profilelens.app.shell;

import dev.profilelens.app.testfx.FxThreadLookups;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a freshly seeded sandbox (one per test class), opened read-only with {@code --source}. */
@ExtendWith(FxThreadLookups.class)
abstract class SandboxUiTest {
    @TempDir
    static Path dir;
    static SandboxFixture sandbox;
    Startup startup;
    private Stage primary;

    @BeforeAll
    static void seed() {
        sandbox = new SandboxFixture(dir);
    }

    /** Call from the subclass's {@code @Start} method (TestFX only looks for it on the test class itself). */
    void open(Stage stage) {
        primary = stage;
        startup = new Startup(List.of("--source", sandbox.spec()), sandbox.env, tasks());
        startup.start(stage);
        started();
    }

    /** The window's background runner. */
    dev.profilelens.app.task.TaskExecutor tasks() {
        return new dev.profilelens.app.task.FxTaskExecutor();
    }

    /** More setup on the FX thread once the window shows. */
    void started() {
    }

    @AfterEach
    void stop() {
        javafx.application.Platform.runLater(startup::stop);
        WaitForAsyncUtils.waitForFxEvents();
        // a window a test opened beside the main one (an audit log, a dialog left open) would stay for the next
        // tests, whose lookups search every window: the first match could be in it
        javafx.application.Platform.runLater(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != primary).forEach(javafx.stage.Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
