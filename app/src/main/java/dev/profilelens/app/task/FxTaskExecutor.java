package dev.profilelens.app.task;

import dev.profilelens.core.concurrent.Daemons;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Production executor: each task is a {@link Task}, so callbacks land on the FX thread. A failure no task handles
 * goes to the thread's uncaught-exception handler (the app logs it and tells the user: {@code FailureReporter}).
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool = Executors.newFixedThreadPool(4, Daemons.numbered("profilelens-worker"));
    private final Consumer<Throwable> unhandled;

    public FxTaskExecutor() {
        this(FxTaskExecutor::toUncaughtHandler);
    }

    public FxTaskExecutor(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    @Override
    public <T> Future<T> execute(BackgroundTask<T> task) {
        return execute(task, pool);
    }

    @Override
    public <T> Future<T> execute(BackgroundTask<T> task, Executor lane) {
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call();
            }
        };
        fx.setOnRunning(e -> task.running());
        fx.setOnSucceeded(e -> task.succeeded(fx.getValue()));
        fx.setOnFailed(e -> task.failed(fx.getException(), unhandled));
        lane.execute(fx);
        return fx;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static void toUncaughtHandler(Throwable error) {
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, error);
    }
}
