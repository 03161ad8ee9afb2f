package dev.profilelens.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DaemonsTest {
    @Test
    void aStartedThreadIsADaemonOfThatNameAndRunsTheWork() throws Exception {
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        Thread t = Daemons.start("test-daemon", () -> ran.complete(Thread.currentThread()));
        assertThat(ran.get(10, TimeUnit.SECONDS)).isSameAs(t);
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getName()).isEqualTo("test-daemon");
        Thread later = Daemons.thread("not-yet", () -> { });
        assertThat(later.getState()).isEqualTo(Thread.State.NEW);
        assertThat(later.isDaemon()).isTrue();
    }

    @Test
    void factoriesNameTheirThreadsOnceOrByNumber() throws Exception {
        assertThat(Daemons.named("one").newThread(() -> { }).getName()).isEqualTo("one");
        ExecutorService pool = Executors.newFixedThreadPool(2, Daemons.numbered("pool"));
        try {
            CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), pool);
            assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("pool-1");
            var f = Daemons.numbered("lane");
            assertThat(f.newThread(() -> { }).getName()).isEqualTo("lane-1");
            assertThat(f.newThread(() -> { }).getName()).isEqualTo("lane-2");
            assertThat(f.newThread(() -> { }).isDaemon()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
