package dev.profilelens.app.editor;

import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.lock.LockState;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Reads the edited key's lock again every few seconds while the editor is showing (the banner follows a server that
 * loads or releases the profile). Reads run on the connection's lane; one at a time.
 */
final class LockFollower {
    private final Timeline timeline;
    private boolean busy;

    LockFollower(TaskExecutor tasks, Supplier<EditTarget> target, Consumer<LockState> onLock, Duration every,
                 BooleanSupplier showing) {
        timeline = new Timeline(new KeyFrame(every, e -> {
            if (!showing.getAsBoolean()) {
                stop();
                return;
            }
            if (busy) {
                return;
            }
            busy = true;
            EditTarget t = target.get();
            tasks.execute(BackgroundTask.of("Read the lock of " + t.ref().key(), () -> LockReader.read(t))
                    .onSuccess(onLock)
                    .onFinished(() -> busy = false), t.session().lane());
        }));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    void start() {
        timeline.play();
    }

    void stop() {
        timeline.stop();
    }
}
