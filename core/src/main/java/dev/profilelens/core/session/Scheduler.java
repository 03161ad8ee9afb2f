package dev.profilelens.core.session;

import java.time.Clock;
import java.time.Duration;

/**
 * Runs a server's callbacks one at a time, later. The runtime never sleeps or blocks on time: every wait is a
 * scheduled task, so the same code runs on {@link VirtualScheduler} (tests, virtual time) and on
 * {@link ThreadScheduler} (the sandbox simulator, wall time).
 */
public interface Scheduler {

    /** The clock whose time the tasks see. */
    Clock clock();

    /** Runs {@code task} once, {@code delay} from now (zero: after the tasks already due). */
    Task schedule(Duration delay, Runnable task);

    /** A scheduled task that may still be cancelled. */
    interface Task {
        void cancel();
    }
}
