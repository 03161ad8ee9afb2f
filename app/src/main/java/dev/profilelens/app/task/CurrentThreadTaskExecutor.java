package dev.profilelens.app.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs tasks at once on the calling thread: ViewModel tests are synchronous and need no FX toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final Consumer<Throwable> unhandled;

    /** Failures of tasks without their own handler are rethrown to the caller, so a test sees them. */
    public CurrentThreadTaskExecutor() {
        this(e -> {
            throw new IllegalStateException("a background task failed and nothing handled it", e);
        });
    }

    public CurrentThreadTaskExecutor(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    @Override
    public <T> Future<T> execute(BackgroundTask<T> task) {
        task.running();
        T value;
        try {
            value = task.call();
        } catch (Exception e) {
            task.failed(e, unhandled);
            return CompletableFuture.failedFuture(e);
        }
        task.succeeded(value);
        return CompletableFuture.completedFuture(value);
    }

    @Override
    public <T> Future<T> execute(BackgroundTask<T> task, Executor lane) {
        return execute(task);
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
