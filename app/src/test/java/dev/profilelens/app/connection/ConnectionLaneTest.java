package dev.profilelens.app.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** design.md §5: every remote call of a connection runs on its one lane; lanes of different connections don't wait. */
class ConnectionLaneTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_1");
    private final ExecutorService others = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        others.shutdownNow();
    }

    /** Records which threads call it and counts calls (the budget every caller shares); reads can be held. */
    private static final class Probe extends ForwardingProfileSource {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger calls = new AtomicInteger();
        volatile CountDownLatch hold = new CountDownLatch(0);

        Probe() {
            super(seeded());
        }

        @Override
        public Optional<StoredEntry> read(EntryRef ref) {
            threads.add(Thread.currentThread().getName());
            calls.incrementAndGet();
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.read(ref);
        }

        @Override
        public dev.profilelens.core.store.WriteResult write(WriteRequest request) {
            threads.add(Thread.currentThread().getName());
            calls.incrementAndGet();
            return super.write(request);
        }
    }

    private static ProfileSource seeded() {
        InMemoryProfileSource s = new InMemoryProfileSource(Clock.systemUTC());
        s.write(new WriteRequest(REF, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                Precondition.none()));
        return s;
    }

    @Test
    void aScanAWatchAndASaveOnOneConnectionAllRunOnItsLaneAndCountAgainstOneBudget() throws Exception {
        Probe probe = new Probe();
        try (ConnectionSession session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, probe)) {
            ProfileSource source = session.source();
            Future<?> scan = others.submit(() -> source.read(REF));
            Future<?> watch = others.submit(() -> source.read(REF));
            Future<?> save = session.lane().submit(() -> source.write(new WriteRequest(REF,
                    "{\"a\":2}".getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none())));
            scan.get(30, TimeUnit.SECONDS);
            watch.get(30, TimeUnit.SECONDS);
            save.get(30, TimeUnit.SECONDS);
            assertThat(probe.threads).singleElement().asString().startsWith("connection-Sandbox");
            assertThat(probe.calls).hasValue(3);
        }
    }

    @Test
    void aSlowConnectionDoesNotDelayAnotherConnection() throws Exception {
        Probe slow = new Probe();
        slow.hold = new CountDownLatch(1);
        Probe fast = new Probe();
        try (ConnectionSession a = new ConnectionSession(TestProviders.installed(), new Connection("Slow", "sandbox",
                "#000000",
                SafetyLevel.FREE, false), slow);
             ConnectionSession b = new ConnectionSession(TestProviders.installed(), new Connection("Fast", "sandbox",
                     "#000000",
                     SafetyLevel.FREE, false), fast)) {
            Future<?> stuck = others.submit(() -> a.source().read(REF));
            CompletableFuture<Optional<StoredEntry>> quick = CompletableFuture.supplyAsync(() -> b.source().read(REF),
                    others);
            assertThat(quick.get(10, TimeUnit.SECONDS)).isPresent();
            assertThat(stuck).isNotDone();
            slow.hold.countDown();
            stuck.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCallerCancelledWhileWaitingForTheLaneGetsAClearErrorAndItsCallIsWithdrawn() throws Exception {
        Probe probe = new Probe();
        probe.hold = new CountDownLatch(1);
        try (ConnectionSession session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, probe)) {
            others.submit(() -> session.source().read(REF));
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                    .until(() -> probe.calls.get() > 0);
            CompletableFuture<Throwable> waiting = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    session.source().read(REF);
                    waiting.complete(null);
                } catch (RuntimeException e) {
                    waiting.complete(e);
                }
            });
            caller.start();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                    .until(() -> caller.getState() == Thread.State.WAITING
                            || caller.getState() == Thread.State.TIMED_WAITING);
            caller.interrupt();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("Cancelled");
            probe.hold.countDown();
            session.lane().submit(() -> null).get(10, TimeUnit.SECONDS);
            assertThat(probe.calls).as("the withdrawn read never ran").hasValue(1);
        }
    }
}
