package dev.profilelens.core.watch;

import static dev.profilelens.core.watch.Profiles.ps;
import static dev.profilelens.core.watch.Profiles.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.RequestBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LockWatcherTest {
    private static final Instant T0 = Instant.ofEpochSecond(1_700_000_000L);
    private static final String A = "[1818,\"job-a\"]";
    private static final String B = "[1818,\"job-b\"]";
    private static final EntryRef K = EntryRef.of("PlayerData", "Player_1");

    private VirtualTime time;
    private InMemoryProfileSource src;
    private LockWatcher watcher;
    private final List<List<LockEvent>> batches = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    @BeforeEach
    void setUp() {
        time = new VirtualTime(T0);
        src = new InMemoryProfileSource(time);
        watcher = LockWatcher.create(src, time, time, Duration.ofSeconds(5));
        watcher.addListener(new LockWatchListener() {
            @Override
            public void onEvents(List<LockEvent> events) {
                batches.add(events);
                threads.add(Thread.currentThread());
            }
        });
    }

    @AfterEach
    void tearDown() {
        watcher.close();
    }

    private long now() {
        return time.instant().getEpochSecond();
    }

    private List<LockEventKind> kinds() {
        return watcher.timeline(K).stream().map(LockEvent::kind).toList();
    }

    private void step() {
        time.advance(Duration.ofSeconds(5));
    }

    @Test
    void acquiredThenReleasedWithLoadCountChanges() {
        put(src, K, ps(null, null, 1, now()));
        watcher.watchKey(K);
        watcher.start();
        time.advance(Duration.ZERO);
        put(src, K, ps(A, null, 2, now()));
        step();
        put(src, K, ps(null, null, 2, now()));
        step();
        assertThat(kinds()).containsExactly(LockEventKind.OBSERVED, LockEventKind.ACQUIRED,
                LockEventKind.LOAD_COUNT_CHANGED, LockEventKind.RELEASED);
        LockEvent acquired = watcher.timeline(K).get(1);
        assertThat(acquired.owner().jobId().asText()).isEqualTo("job-a");
        assertThat(acquired.loadCount()).isEqualTo(2L);
        assertThat(watcher.timeline(K).get(2).previousLoadCount()).isEqualTo(1L);
        assertThat(watcher.timeline(K).get(3).previousOwner().jobId().asText()).isEqualTo("job-a");
        assertThat(batches).hasSize(3);
    }

    @Test
    void ownerChangeWhileFreshIsStolen() {
        put(src, K, ps(A, null, 1, now()));
        watcher.watchKey(K);
        watcher.pollOnce();
        time.advance(Duration.ofSeconds(60));
        put(src, K, ps(B, null, 2, now()));
        List<LockEvent> events = watcher.pollOnce();
        assertThat(events).extracting(LockEvent::kind)
                .containsExactly(LockEventKind.STOLEN, LockEventKind.LOAD_COUNT_CHANGED);
        assertThat(events.get(0).previousOwner().jobId().asText()).isEqualTo("job-a");
        assertThat(events.get(0).owner().jobId().asText()).isEqualTo("job-b");
    }

    @Test
    void ownerChangeAfterDeadLockIsTakeover() {
        put(src, K, ps(A, null, 1, now()));
        watcher.watchKey(K);
        watcher.pollOnce();
        long lastUpdateOfA = now();
        time.advance(Duration.ofSeconds(1801));
        put(src, K, ps(B, null, 2, now()));
        List<LockEvent> events = watcher.pollOnce();
        assertThat(events).extracting(LockEvent::kind)
                .containsExactly(LockEventKind.TAKEN_OVER_AFTER_DEAD, LockEventKind.LOAD_COUNT_CHANGED);
        assertThat(lastUpdateOfA).isEqualTo(T0.getEpochSecond());
    }

    @Test
    void lockThatAgesPastTheThresholdGoesStaleOnce() {
        put(src, K, ps(A, null, 1, now()));
        watcher.watchKey(K);
        watcher.pollOnce();
        time.advance(Duration.ofSeconds(1800));
        assertThat(watcher.pollOnce()).isEmpty();
        time.advance(Duration.ofSeconds(1));
        assertThat(watcher.pollOnce()).extracting(LockEvent::kind).containsExactly(LockEventKind.WENT_STALE);
        time.advance(Duration.ofSeconds(10));
        assertThat(watcher.pollOnce()).isEmpty();
    }

    @Test
    void forceLoadRequestIsReportedOncePerRequester() {
        put(src, K, ps(A, null, 1, now()));
        watcher.watchKey(K);
        watcher.pollOnce();
        put(src, K, ps(A, B, 1, now()));
        List<LockEvent> events = watcher.pollOnce();
        assertThat(events).extracting(LockEvent::kind).containsExactly(LockEventKind.FORCE_LOAD_REQUESTED);
        assertThat(events.get(0).forceLoadBy().jobId().asText()).isEqualTo("job-b");
        put(src, K, ps(A, B, 1, now() + 1));
        assertThat(watcher.pollOnce()).isEmpty();
    }

    @Test
    void sameServerNewSessionIsReleaseAndAcquire() {
        put(src, K, ps("[1818,\"job-a\",\"s1\"]", null, 1, now()));
        watcher.watchKey(K);
        watcher.pollOnce();
        put(src, K, ps("[1818,\"job-a\",\"s2\"]", null, 2, now()));
        assertThat(watcher.pollOnce()).extracting(LockEvent::kind).containsExactly(LockEventKind.RELEASED,
                LockEventKind.ACQUIRED, LockEventKind.LOAD_COUNT_CHANGED);
    }

    @Test
    void prefixPicksUpNewKeysAndReportsRemovedOnesAsReleased() {
        EntryRef k2 = EntryRef.of("PlayerData", "Player_2");
        put(src, K, ps(A, null, 1, now()));
        put(src, EntryRef.of("PlayerData", "Other_1"), ps(A, null, 1, now()));
        watcher.watchPrefix(new WatchedPrefix("PlayerData", null, "Player_"));
        watcher.pollOnce();
        assertThat(watcher.watchedKeys()).containsExactly(K);
        put(src, k2, ps(B, null, 1, now()));
        src.delete(K);
        List<LockEvent> events = watcher.pollOnce();
        assertThat(events).extracting(e -> e.key().key() + ":" + e.kind().jsonName())
                .containsExactly("Player_2:observed", "Player_1:released", "Player_1:load_count_changed");
        assertThat(watcher.watchedKeys()).containsExactly(k2);
    }

    @Test
    void timelineIsBounded() {
        LockWatcher small = new LockWatcher(src, time, time, new PollPacing(null, 1, Duration.ofSeconds(1)), 3, 10);
        watcher.close();
        watcher = small;
        small.watchKey(K);
        for (int i = 1; i <= 5; i++) {
            put(src, K, ps(null, null, i, now()));
            small.pollOnce();
        }
        assertThat(small.timeline(K)).hasSize(3).extracting(LockEvent::loadCount).containsExactly(3L, 4L, 5L);
    }

    @Test
    void localSourcePollsAtTheRequestedIntervalAndCountsRequests() {
        put(src, K, ps(null, null, 1, now()));
        watcher.watchKey(K);
        watcher.watchKey(EntryRef.of("PlayerData", "Player_9"));
        watcher.start();
        time.advance(Duration.ofSeconds(59));
        // cycles at 0, 5, ..., 55 s: 12 cycles x 2 reads
        assertThat(watcher.requestsPerMinute()).isEqualTo(24);
        assertThat(watcher.refreshInterval()).isEqualTo(Duration.ofSeconds(5));
        watcher.close();
        assertThat(time.pending()).isZero();
    }

    @Test
    void budgetStretchesTheInterval() {
        RequestBudget budget = new RequestBudget() {
            @Override
            public int limitPerMinute(Category category) {
                return category == Category.READ ? 60 : 30;
            }

            @Override
            public int remaining(Category category) {
                return 1000;
            }
        };
        PollPacing pacing = new PollPacing(budget, 0.5, Duration.ofSeconds(1));
        // 10 reads per cycle, 30 reads/min allowed → one cycle per 20 s
        assertThat(pacing.intervalFor(10, 0)).isEqualTo(Duration.ofSeconds(20));
        // 5 listings per cycle with 15/min allowed → 20 s as well; the larger need wins
        assertThat(pacing.intervalFor(2, 10)).isEqualTo(Duration.ofSeconds(40));
        assertThat(pacing.intervalFor(0, 0)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void exhaustedBudgetDoublesTheInterval() {
        RequestBudget budget = new RequestBudget() {
            @Override
            public int limitPerMinute(Category category) {
                return 600;
            }

            @Override
            public int remaining(Category category) {
                return 3;
            }
        };
        assertThat(new PollPacing(budget, 0.5, Duration.ofSeconds(1)).intervalFor(10, 0))
                .isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void readFailuresReachListenersAndPollingContinues() {
        List<String> errors = new ArrayList<>();
        boolean[] fail = {true};
        InMemoryProfileSource backing = new InMemoryProfileSource(time);
        ProfileSource flaky = (ProfileSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProfileSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("read") && fail[0]) {
                        throw new UnavailableException("throttled");
                    }
                    try {
                        return method.invoke(backing, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        put(backing, K, ps(A, null, 1, now()));
        LockWatcher w = LockWatcher.create(flaky, time, time, Duration.ofSeconds(5));
        w.watchKey(K);
        w.addListener(new LockWatchListener() {
            @Override
            public void onEvents(List<LockEvent> events) {
            }

            @Override
            public void onError(EntryRef key, InspectorException error) {
                errors.add(key + ": " + error.userMessage());
            }
        });
        w.start();
        time.advance(Duration.ZERO);
        fail[0] = false;
        time.advance(Duration.ofSeconds(5));
        w.close();
        assertThat(errors).containsExactly("PlayerData/global/Player_1: throttled");
        assertThat(w.timeline(K)).extracting(LockEvent::kind).containsExactly(LockEventKind.OBSERVED);
    }
}
