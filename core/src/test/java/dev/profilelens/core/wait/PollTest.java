package dev.profilelens.core.wait;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The one wait loop, in virtual time: the sleeper moves the clock and records every pause. */
class PollTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final List<Duration> pauses = new ArrayList<>();
    private final Poll poll = new Poll(now::get, d -> {
        pauses.add(d);
        now.addAndGet(d.toNanos());
    });

    @Test
    void asksAtOnceThenEveryPeriodUntilItAnswers() {
        AtomicInteger asked = new AtomicInteger();
        Optional<String> answer = poll.until(Duration.ofSeconds(60), Duration.ofSeconds(2), () -> false,
                () -> asked.incrementAndGet() == 4 ? Optional.of("released") : Optional.empty());
        assertThat(answer).contains("released");
        assertThat(asked).hasValue(4);
        assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void theLastAskIsAtTheDeadlineAndNoPauseGoesBeyondIt() {
        AtomicInteger asked = new AtomicInteger();
        Optional<String> answer = poll.until(Duration.ofSeconds(5), Duration.ofSeconds(2), () -> false, () -> {
            asked.incrementAndGet();
            return Optional.empty();
        });
        assertThat(answer).isEmpty();
        assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
        assertThat(asked).as("at 0, 2, 4 and 5 s").hasValue(4);
    }

    @Test
    void pausingFirstSkipsTheImmediateAsk() {
        AtomicInteger asked = new AtomicInteger();
        poll.untilAfterPause(Duration.ofSeconds(3), Duration.ofSeconds(1), () -> false, () -> {
            asked.incrementAndGet();
            return Optional.empty();
        });
        assertThat(asked).as("at 1, 2 and 3 s").hasValue(3);
    }

    @Test
    void cancellingEndsTheWaitBeforeTheNextAsk() {
        AtomicInteger asked = new AtomicInteger();
        Optional<String> answer = poll.until(Duration.ofHours(1), Duration.ofSeconds(1), () -> asked.get() >= 2,
                () -> {
                    asked.incrementAndGet();
                    return Optional.empty();
                });
        assertThat(answer).isEmpty();
        assertThat(asked).hasValue(2);
        assertThat(pauses).hasSize(2);
    }

    @Test
    void anInterruptEndsTheWaitAndKeepsTheFlag() {
        Poll interrupted = new Poll(now::get, d -> {
            throw new InterruptedException("stop");
        });
        try {
            Optional<String> answer = interrupted.until(Duration.ofHours(1), Duration.ofSeconds(1), () -> false,
                    Optional::empty);
            assertThat(answer).isEmpty();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPauseLooksAtCancelEverySliceAndSaysWhetherItRanToTheEnd() {
        assertThat(poll.pause(Duration.ofSeconds(1), Duration.ofMillis(200), () -> false)).isTrue();
        assertThat(pauses).hasSize(5);
        pauses.clear();
        AtomicInteger looks = new AtomicInteger();
        assertThat(poll.pause(Duration.ofSeconds(10), Duration.ofMillis(200), () -> looks.incrementAndGet() > 3))
                .isFalse();
        assertThat(pauses).hasSize(3);
    }

    @Test
    void aPeriodUnderOneMillisecondIsNeverABusyLoop() {
        poll.until(Duration.ofMillis(3), Duration.ZERO, () -> false, Optional::empty);
        assertThat(pauses).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofMillis(1)));
    }
}
