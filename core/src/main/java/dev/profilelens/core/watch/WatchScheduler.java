package dev.profilelens.core.watch;

import dev.profilelens.core.concurrent.Daemons;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Where the watcher's polls run. Production uses {@link #singleThread(String)} (one named daemon thread, which
 * is also the thread listeners are called on); tests inject a virtual-time implementation.
 */
public interface WatchScheduler extends AutoCloseable {

    /** A scheduled task that can be cancelled. */
    interface Scheduled {
        void cancel();
    }

    Scheduled schedule(Runnable task, Duration delay);

    /** Stops running tasks; waits briefly for a running one to finish. */
    @Override
    void close();

    /** One named daemon thread. */
    static WatchScheduler singleThread(String threadName) {
        ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(Daemons.named(threadName));
        return new WatchScheduler() {
            @Override
            public Scheduled schedule(Runnable task, Duration delay) {
                ScheduledFuture<?> f = exec.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
                return () -> f.cancel(false);
            }

            @Override
            public void close() {
                exec.shutdownNow();
                try {
                    exec.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
