package dev.profilelens.app.task;

import java.util.concurrent.Executor;

/** Runs background work and brings results back to the UI thread (style.md rules 13, 14, 17). */
public interface TaskExecutor extends AutoCloseable {

    /** Runs {@code task} on the shared pool. */
    <T> void execute(BackgroundTask<T> task);

    /** Runs {@code task} on {@code lane}, e.g. a connection's single ordered worker. */
    <T> void execute(BackgroundTask<T> task, Executor lane);

    @Override
    void close();
}
