package dev.profilelens.app.editor;

import dev.profilelens.app.task.LanePoll;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.lock.LockState;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.util.Duration;

/**
 * Reads the edited key's lock again every few seconds while the editor is showing (the banner follows a server that
 * loads or releases the profile). Reads run on the connection's lane, one at a time ({@link LanePoll}).
 */
final class LockFollower {
    private final LanePoll<LockState> poll;

    LockFollower(TaskExecutor tasks, Supplier<EditTarget> target, Consumer<LockState> onLock, Duration every,
                 BooleanSupplier showing) {
        this.poll = new LanePoll<>(tasks, every, () -> target.get().session().lane(), "Read the lock",
                () -> LockReader.read(target.get()), lock -> {
                    onLock.accept(lock);
                    return showing.getAsBoolean();
                }, e -> { }); // a failed re-read leaves the banner as it was; the next save reads the lock again
    }

    void start() {
        poll.start(false);
    }

    void stop() {
        poll.stop();
    }
}
