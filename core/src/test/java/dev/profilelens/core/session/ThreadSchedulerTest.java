package dev.profilelens.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadSchedulerTest {

    @Test
    void runsTasksOnItsNamedThreadAndDropsCancelledOnes() throws Exception {
        try (ThreadScheduler s = new ThreadScheduler(Clock.systemUTC(), "sched-test-run")) {
            CompletableFuture<String> ran = new CompletableFuture<>();
            List<String> log = new CopyOnWriteArrayList<>();
            s.schedule(Duration.ofMillis(200), () -> log.add("cancelled")).cancel();
            s.schedule(Duration.ofMillis(300), () -> ran.complete(Thread.currentThread().getName()));
            assertThat(ran.get(5, TimeUnit.SECONDS)).isEqualTo("sched-test-run");
            assertThat(log).isEmpty();
        }
    }

    @Test
    void closeReturnsOnlyOnceItsThreadHasEnded() throws Exception {
        // The executor reports termination a moment before its worker thread exits; close must wait for the thread.
        for (int i = 0; i < 500; i++) {
            ThreadScheduler s = new ThreadScheduler(Clock.systemUTC(), "sched-test-close");
            CompletableFuture<Thread> worker = new CompletableFuture<>();
            s.schedule(Duration.ZERO, () -> worker.complete(Thread.currentThread()));
            Thread t = worker.get(5, TimeUnit.SECONDS);
            s.close();
            assertThat(t.isAlive()).as("the thread is alive after close (round %d)", i).isFalse();
        }
    }

    @Test
    void aTaskScheduledAfterCloseNeverRuns() throws Exception {
        ThreadScheduler s = new ThreadScheduler(Clock.systemUTC(), "sched-test-after");
        s.close();
        List<String> log = new CopyOnWriteArrayList<>();
        s.schedule(Duration.ZERO, () -> log.add("late")).cancel();
        s.schedule(Duration.ZERO, () -> log.add("late"));
        Thread.sleep(100);
        assertThat(log).isEmpty();
    }
}
