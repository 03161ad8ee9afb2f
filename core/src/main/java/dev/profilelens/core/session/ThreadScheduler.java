package dev.profilelens.core.session;

import dev.profilelens.core.concurrent.Daemons;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Wall-time scheduler on one named daemon thread: a simulated server's tasks run there one at a time, so the
 * runtime needs no locks. Close it to stop the thread; tasks still queued are dropped.
 */
public final class ThreadScheduler implements Scheduler, AutoCloseable {
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    public ThreadScheduler(Clock clock, String threadName) {
        this.clock = clock;
        ThreadFactory named = Daemons.named(threadName);
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, work -> {
            Thread t = named.newThread(work);
            threads.add(t);
            return t;
        });
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

    /**
     * Stops the thread: queued tasks are dropped, a running one is interrupted, and (unless called on that thread)
     * this returns once the thread has ended, or after 5 s. It joins the thread rather than awaiting the executor's
     * termination, which is reported a moment before its thread exits.
     */
    @Override
    public void close() {
        executor.shutdownNow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            for (Thread t : threads) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (t != Thread.currentThread() && left > 0) {
                    t.join(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
