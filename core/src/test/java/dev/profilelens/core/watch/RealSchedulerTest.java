package dev.profilelens.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RealSchedulerTest {
    @Test
    void listenersRunOnTheWatchersNamedThread() throws Exception {
        BlockingQueue<String> names = new ArrayBlockingQueue<>(4);
        Clock clock = Clock.systemUTC();
        InMemoryProfileSource src = new InMemoryProfileSource(clock);
        EntryRef k = EntryRef.of("S", "k");
        Profiles.put(src, k, Profiles.ps(null, null, 1, clock.instant().getEpochSecond()));
        try (WatchScheduler sched = WatchScheduler.singleThread("profilelens-lock-watch");
             LockWatcher w = LockWatcher.create(src, clock, sched, Duration.ofSeconds(30))) {
            w.watchKey(k);
            w.addListener((List<LockEvent> events) -> names.offer(Thread.currentThread().getName()));
            w.start();
            assertThat(names.poll(10, TimeUnit.SECONDS)).isEqualTo("profilelens-lock-watch");
        }
    }
}
