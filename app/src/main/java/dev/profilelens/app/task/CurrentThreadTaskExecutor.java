package dev.profilelens.app.task;

import java.util.concurrent.Executor;

/** Runs tasks at once on the calling thread: ViewModel tests are synchronous and need no FX toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.running();
        T value;
        try {
            value = task.call();
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(value);
    }

    @Override
    public <T> void execute(BackgroundTask<T> task, Executor lane) {
        execute(task);
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
