package dev.profilelens.core.audit.index;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The rate and time left of a scan someone else runs, from the states a {@link ScanFollower} reads: keys per second
 * since the first state this follower saw. Not thread-safe: feed it from the follower's listener.
 */
public final class FollowedRate {
    private long firstDone = -1;
    private long firstMillis;

    /** Where the followed scan is, as of {@code nowMillis}. */
    public ScanProgress at(ScanState state, long nowMillis) {
        if (firstDone < 0 || state.done() < firstDone) {
            firstDone = state.done();
            firstMillis = nowMillis;
        }
        long total = Math.max(state.total(), state.done());
        long elapsed = nowMillis - firstMillis;
        if (elapsed <= 0 || state.done() == firstDone) {
            return new ScanProgress(state.done(), total, 0, null);
        }
        double rate = (state.done() - firstDone) * 1000.0 / elapsed;
        @Nullable Duration eta = Duration.ofMillis((long) ((total - state.done()) / rate * 1000));
        return new ScanProgress(state.done(), total, rate, eta);
    }
}
