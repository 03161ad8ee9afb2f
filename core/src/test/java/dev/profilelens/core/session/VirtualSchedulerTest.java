package dev.profilelens.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualSchedulerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void runsTasksInTimeThenInsertionOrderAndMovesTheClock() {
        VirtualScheduler s = new VirtualScheduler(T0);
        List<String> log = new ArrayList<>();
        s.schedule(Duration.ofSeconds(10), () -> log.add("b@" + s.clock().instant().getEpochSecond()));
        s.schedule(Duration.ofSeconds(5), () -> log.add("a@" + s.clock().instant().getEpochSecond()));
        s.schedule(Duration.ofSeconds(10), () -> log.add("c"));
        Scheduler.Task cancelled = s.schedule(Duration.ofSeconds(7), () -> log.add("never"));
        cancelled.cancel();
        s.advance(Duration.ofSeconds(9));
        assertThat(log).containsExactly("a@" + (T0.getEpochSecond() + 5));
        assertThat(s.clock().instant()).isEqualTo(T0.plusSeconds(9));
        s.advance(Duration.ofHours(1));
        assertThat(log).containsExactly("a@" + (T0.getEpochSecond() + 5), "b@" + (T0.getEpochSecond() + 10), "c");
        assertThat(s.executed()).isEqualTo(3);
    }

    @Test
    void runUntilConditionStopsEarlyAndReportsTimeouts() {
        VirtualScheduler s = new VirtualScheduler(T0);
        List<Integer> ticks = new ArrayList<>();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            ticks.add(ticks.size());
            s.schedule(Duration.ofSeconds(1), tick[0]);
        };
        s.schedule(Duration.ZERO, tick[0]);
        assertThat(s.runUntil(() -> ticks.size() == 5, Duration.ofMinutes(1))).isTrue();
        assertThat(s.clock().instant()).isEqualTo(T0.plusSeconds(4));
        assertThat(s.runUntil(() -> ticks.size() == 1000, Duration.ofSeconds(30))).isFalse();
        assertThat(s.clock().instant()).isEqualTo(T0.plusSeconds(34));
    }

    @Test
    void scaledConfigDividesDurationsAndKeepsSteps() {
        SessionConfig c = SessionConfig.profileService().scaled(60);
        assertThat(c.autoSavePeriod()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.assumeDead()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.forceLoadMaxSteps()).isEqualTo(8);
        assertThat(SessionConfig.profileStore().pstStealSteps()).isEqualTo(4);
    }
}
