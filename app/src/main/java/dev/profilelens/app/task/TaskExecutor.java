package dev.profilelens.app.task;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/**
 * Runs background work and brings results back to the UI thread (style.md rules 13, 14, 17). Each run returns its
 * {@link Future}: {@code cancel(true)} interrupts the work, and the task's callbacks then never run.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Runs {@code task} on the shared pool. */
    <T> Future<T> execute(BackgroundTask<T> task);

    /** The shared pool as a plain executor, for work that reports back by other means (a future, a callback). */
    default Executor pool(String name) {
        return r -> execute(BackgroundTask.of(name, () -> {
            r.run();
            return Boolean.TRUE;
        }));
    }

    /** Runs {@code task} on {@code lane}, e.g. a connection's single ordered worker. */
    <T> Future<T> execute(BackgroundTask<T> task, Executor lane);

    @Override
    void close();
}
