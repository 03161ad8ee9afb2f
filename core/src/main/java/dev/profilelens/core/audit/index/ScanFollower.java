package dev.profilelens.core.audit.index;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Follows a scan someone else is running on a shared index (issue #23 item 3: two people starting the same scan get
 * one scan and both see its progress). Reads the index's persisted state on a timer, never by sleeping, and stops
 * by itself when the scan has finished, or when closed.
 */
public final class ScanFollower implements AutoCloseable {
    /** What the follower hears: each state read, and the end (finished, or the reason it stopped). */
    public interface Listener {
        void progress(ScanState state);

        void finished(ScanState state);

        void failed(RuntimeException e);
    }

    private final AuditIndex index;
    private final Listener listener;
    private @Nullable ScheduledFuture<?> timer;
    private @Nullable ScanState last;

    private ScanFollower(AuditIndex index, Listener listener) {
        this.index = index;
        this.listener = listener;
    }

    /** Starts following: a first read at once, then one every {@code every}. */
    public static ScanFollower start(AuditIndex index, ScheduledExecutorService scheduler, Duration every,
                                     Listener listener) {
        ScanFollower f = new ScanFollower(index, listener);
        synchronized (f) {
            f.timer = scheduler.scheduleWithFixedDelay(f::poll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
        return f;
    }

    private void poll() {
        Optional<ScanState> s;
        try {
            s = index.state();
        } catch (RuntimeException e) {
            close();
            listener.failed(e);
            return;
        }
        if (s.isEmpty()) {
            return; // the other scan has not written its first state yet
        }
        ScanState state = s.get();
        if (state.finished()) {
            close();
            listener.finished(state);
        } else if (!state.equals(last)) {
            last = state;
            listener.progress(state);
        }
    }

    /** The last progress heard, if any. */
    public synchronized Optional<ScanState> last() {
        return Optional.ofNullable(last);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    @Override
    public String toString() {
        return "ScanFollower[" + Objects.toString(last) + "]";
    }
}
