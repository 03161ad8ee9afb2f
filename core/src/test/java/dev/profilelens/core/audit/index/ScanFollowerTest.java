package dev.profilelens.core.audit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A second person follows the first one's scan: progress as it changes, then the end, then no more reads. */
class ScanFollowerTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    /** An index whose state() answers from a script (the last answer repeats); every other call is unexpected. */
    private static AuditIndex scripted(List<Optional<ScanState>> answers, AtomicInteger reads) {
        ConcurrentLinkedQueue<Optional<ScanState>> q = new ConcurrentLinkedQueue<>(answers);
        Optional<ScanState>[] last = new Optional[] {Optional.empty()};
        return (AuditIndex) Proxy.newProxyInstance(AuditIndex.class.getClassLoader(), new Class<?>[] {AuditIndex.class},
                (proxy, m, args) -> {
                    if (!m.getName().equals("state")) {
                        throw new UnsupportedOperationException(m.getName());
                    }
                    reads.incrementAndGet();
                    Optional<ScanState> next = q.poll();
                    if (next != null) {
                        last[0] = next;
                    }
                    return last[0];
                });
    }

    private static Optional<ScanState> at(long done, boolean finished) {
        return Optional.of(new ScanState("MetaTags of PlayerData", finished ? null : "c" + done, done, 300, finished));
    }

    @Test
    void progressIsHeardOncePerChangeThenTheEndAndTheTimerStops() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        AuditIndex index = scripted(List.of(Optional.empty(), at(100, false), at(100, false), at(200, false),
                at(300, true)), reads);
        List<Long> heard = new CopyOnWriteArrayList<>();
        CountDownLatch end = new CountDownLatch(1);
        ScanFollower f = ScanFollower.start(index, timer, Duration.ofMillis(5), new ScanFollower.Listener() {
            @Override
            public void progress(ScanState state) {
                heard.add(state.done());
            }

            @Override
            public void finished(ScanState state) {
                heard.add(-state.done());
                end.countDown();
            }

            @Override
            public void failed(RuntimeException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(end.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).containsExactly(100L, 200L, -300L);
        int readsAtEnd = reads.get();
        // the timer has stopped: no read after the end, for 20 periods
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(5)).until(() -> reads.get() == readsAtEnd);
        assertThat(f.last()).map(ScanState::done).contains(200L);
    }

    @Test
    void aFailedReadEndsTheFollowingWithTheReason() throws Exception {
        AuditIndex broken = (AuditIndex) Proxy.newProxyInstance(AuditIndex.class.getClassLoader(),
                new Class<?>[] {AuditIndex.class}, (proxy, m, args) -> {
                    throw new IllegalStateException("the team database went away");
                });
        CountDownLatch failed = new CountDownLatch(1);
        ScanFollower.start(broken, timer, Duration.ofMillis(5), new ScanFollower.Listener() {
            @Override
            public void progress(ScanState state) {
            }

            @Override
            public void finished(ScanState state) {
            }

            @Override
            public void failed(RuntimeException e) {
                assertThat(e).hasMessageContaining("went away");
                failed.countDown();
            }
        });
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
