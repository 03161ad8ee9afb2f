package dev.profilelens.core.watch;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

/** Counts requests over the last minute of the injected clock. Thread-safe. */
public final class RequestMeter {
    private static final long WINDOW_MILLIS = 60_000;
    private final Clock clock;
    private final Deque<long[]> marks = new ArrayDeque<>();

    public RequestMeter(Clock clock) {
        this.clock = clock;
    }

    public synchronized void record(int requests) {
        if (requests > 0) {
            marks.addLast(new long[] {clock.millis(), requests});
            prune(clock.millis());
        }
    }

    /** Requests made in the minute up to now. */
    public synchronized int perMinute() {
        long now = clock.millis();
        prune(now);
        int sum = 0;
        for (long[] m : marks) {
            sum += (int) m[1];
        }
        return sum;
    }

    private void prune(long now) {
        while (!marks.isEmpty() && marks.peekFirst()[0] <= now - WINDOW_MILLIS) {
            marks.removeFirst();
        }
    }
}
