package dev.profilelens.app.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/** For tests: holds every task until {@link #release} runs the oldest on the caller's thread, callbacks included. */
public final class HeldTaskExecutor implements TaskExecutor {
    private final List<Runnable> held = new ArrayList<>();
    private final CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();

    @Override
    public <T> Future<T> execute(BackgroundTask<T> task) {
        held.add(() -> now.execute(task));
        return new CompletableFuture<>();
    }

    @Override
    public <T> Future<T> execute(BackgroundTask<T> task, Executor lane) {
        return execute(task);
    }

    /** How many tasks wait. */
    public int waiting() {
        return held.size();
    }

    /** Runs the oldest waiting task (its callbacks run too, as the FX thread would run them after it). */
    public void release() {
        held.remove(0).run();
    }

    @Override
    public void close() {
        now.close();
    }
}
