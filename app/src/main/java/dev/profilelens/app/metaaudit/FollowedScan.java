package dev.profilelens.app.metaaudit;

import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.audit.index.FollowedRate;
import dev.profilelens.core.audit.index.ScanFollower;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.audit.index.ScanState;
import dev.profilelens.core.concurrent.Daemons;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A teammate's scan of the shared index followed from the MetaTag audit window (issue #23 item 3): core
 * {@link ScanFollower} reads the scan's state on a timer thread of its own, {@link FollowedRate} turns it into a rate
 * and a time left, and every report reaches the window through {@code ui}.
 */
final class FollowedScan implements AutoCloseable {
    static final Duration EVERY = Duration.ofMillis(500);

    /** What the window hears, on its UI executor. */
    interface Reports {
        void progress(ScanProgress p);

        void finished(ScanState s);

        void failed(RuntimeException e);
    }

    private final ScheduledExecutorService timer;
    private final ScanFollower follower;

    private FollowedScan(ScheduledExecutorService timer, ScanFollower follower) {
        this.timer = timer;
        this.follower = follower;
    }

    static FollowedScan start(AuditIndex index, Clock clock, Executor ui, Reports to) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Daemons.named("profilelens-follow-scan"));
        FollowedRate rate = new FollowedRate();
        ScanFollower f = ScanFollower.start(index, timer, EVERY, new ScanFollower.Listener() {
            @Override
            public void progress(ScanState state) {
                ScanProgress p = rate.at(state, clock.millis());
                ui.execute(() -> to.progress(p));
            }

            @Override
            public void finished(ScanState state) {
                timer.shutdown();
                ui.execute(() -> to.finished(state));
            }

            @Override
            public void failed(RuntimeException e) {
                timer.shutdown();
                ui.execute(() -> to.failed(e));
            }
        });
        return new FollowedScan(timer, f);
    }

    @Override
    public void close() {
        follower.close();
        timer.shutdown();
    }
}
