package dev.profilelens.app.editor;

import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.lock.LockStatus;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Wait for the release, then save": reads the key every few seconds in the background until no live server owns
 * it, then runs the save on the FX thread. The user can stop waiting at any time; nothing is written meanwhile.
 */
final class Waiter {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final long pollMillis;
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private AtomicBoolean cancelled = new AtomicBoolean();

    Waiter(TaskExecutor tasks, DialogService dialogs, long pollMillis) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.pollMillis = pollMillis;
    }

    void waitForRelease(EditTarget target, Runnable then) {
        cancel();
        AtomicBoolean mine = new AtomicBoolean();
        cancelled = mine;
        waiting.set(true);
        message.set("waiting for the server to release " + target.ref().key() + "…");
        tasks.execute(BackgroundTask.of("Wait for " + target.ref().key(), () -> {
            while (!mine.get()) {
                LockState lock = LockReader.read(target);
                if (lock.status() != LockStatus.ACTIVE) {
                    return lock;
                }
                Thread.sleep(pollMillis);
            }
            return null;
        }).onSuccess(lock -> {
            waiting.set(false);
            message.set("");
            if (lock != null && !mine.get()) {
                then.run();
            }
        }).onFailure(e -> {
            waiting.set(false);
            message.set("");
            dialogs.showError("Stopped waiting for " + target.ref().key(), e);
        }));
    }

    void cancel() {
        cancelled.set(true);
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
