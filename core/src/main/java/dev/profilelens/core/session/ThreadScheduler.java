package dev.profilelens.core.session;

import dev.profilelens.core.concurrent.Daemons;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Wall-time scheduler on one named daemon thread: a simulated server's tasks run there one at a time, so the
 * runtime needs no locks. Close it to stop the thread; tasks still queued are dropped.
 */
public final class ThreadScheduler implements Scheduler, AutoCloseable {
    private final Clock clock;
    private final ScheduledExecutorService executor;

    public ThreadScheduler(Clock clock, String threadName) {
        this.clock = clock;
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, Daemons.named(threadName));
        ex.setRemoveOnCancelPolicy(true);
        ex.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = ex;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Task schedule(Duration delay, Runnable task) {
        if (executor.isShutdown()) {
            return () -> { };
        }
        ScheduledFuture<?> f;
        try {
            f = executor.schedule(() -> runReporting(task), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            return () -> { };
        }
        return () -> f.cancel(false);
    }

    /** A failing task is reported to the thread's uncaught-exception handler; the thread keeps serving. */
    private static void runReporting(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
