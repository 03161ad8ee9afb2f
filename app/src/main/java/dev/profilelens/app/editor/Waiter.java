package dev.profilelens.app.editor;

import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.task.LanePoll;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.lock.LockStatus;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * "Wait for the release, then save": reads the key every few seconds on the connection's lane until no live server owns
 * it, then runs the save on the FX thread. The user can stop waiting at any time; nothing is written meanwhile.
 */
final class Waiter {
    private final DialogService dialogs;
    private final LanePoll<LockState> poll;
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private @Nullable EditTarget target;
    private Runnable then = () -> { };

    Waiter(TaskExecutor tasks, DialogService dialogs, Duration every) {
        this.dialogs = dialogs;
        this.poll = new LanePoll<>(tasks, every, () -> current().session().lane(), "Wait for the release",
                () -> LockReader.read(current()), this::answer, this::failed);
    }

    void waitForRelease(EditTarget target, Runnable then) {
        cancel();
        this.target = target;
        this.then = then;
        waiting.set(true);
        message.set("waiting for the server to release " + target.ref().key() + "…");
        poll.start(true);
    }

    private EditTarget current() {
        return Objects.requireNonNull(target, "waiting without a target");
    }

    private boolean answer(LockState lock) {
        if (lock.status() == LockStatus.ACTIVE) {
            return true;
        }
        Runnable next = then;
        cancel();
        next.run();
        return false;
    }

    private void failed(Throwable e) {
        EditTarget t = current();
        cancel();
        dialogs.showError("Stopped waiting for " + t.ref().key(), e);
    }

    void cancel() {
        poll.stop();
        then = () -> { };
        waiting.set(false);
        message.set("");
    }

    ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
