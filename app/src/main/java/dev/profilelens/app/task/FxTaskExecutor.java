package dev.profilelens.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Production executor: each task is a {@link Task}, so callbacks land on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool = Executors.newFixedThreadPool(4, named("profilelens-worker"));

    /** A factory of named daemon threads. */
    public static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        execute(task, pool);
    }

    @Override
    public <T> void execute(BackgroundTask<T> task, java.util.concurrent.Executor lane) {
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call();
            }
        };
        fx.setOnRunning(e -> task.running());
        fx.setOnSucceeded(e -> task.succeeded(fx.getValue()));
        fx.setOnFailed(e -> task.failed(fx.getException()));
        lane.execute(fx);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
