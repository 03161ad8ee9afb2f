package dev.profilelens.core.wait;

import dev.profilelens.core.audit.index.Sleeper;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Asks a question again every period until it answers, the time is up, or the caller cancels or is interrupted: the
 * one wait loop of the core use cases (a handover, a delivery, a bulk run's live keys, an erasure's re-check). Time
 * comes from an injected monotonic clock and {@link Sleeper}, so tests run it in virtual time (ADR 0220).
 */
public final class Poll {
    private final LongSupplier nanos;
    private final Sleeper sleeper;

    public Poll(LongSupplier nanos, Sleeper sleeper) {
        this.nanos = nanos;
        this.sleeper = sleeper;
    }

    /** Wall time: {@link System#nanoTime()} and {@link Thread#sleep}. */
    public static Poll real() {
        return new Poll(System::nanoTime, Sleeper.real());
    }

    /**
     * Asks {@code probe} at once and then every {@code period} until it answers; empty when {@code timeout} passed
     * first (the last ask is at or after the deadline), {@code cancelled} said so or the thread was interrupted (its
     * flag stays set).
     */
    public <T> Optional<T> until(Duration timeout, Duration period, BooleanSupplier cancelled,
                                 Supplier<Optional<T>> probe) {
        return loop(timeout, period, cancelled, probe, false);
    }

    /** As {@link #until}, but the first ask comes one period from now (the answer was "not yet" a moment ago). */
    public <T> Optional<T> untilAfterPause(Duration timeout, Duration period, BooleanSupplier cancelled,
                                           Supplier<Optional<T>> probe) {
        return loop(timeout, period, cancelled, probe, true);
    }

    /**
     * Lets {@code time} pass, looking at {@code cancelled} every {@code slice}; false when cancelled or interrupted
     * before the end.
     */
    public boolean pause(Duration time, Duration slice, BooleanSupplier cancelled) {
        Optional<Boolean> stopped = until(time, slice, () -> false,
                () -> cancelled.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
        return stopped.isEmpty() && !Thread.currentThread().isInterrupted();
    }

    private <T> Optional<T> loop(Duration timeout, Duration period, BooleanSupplier cancelled,
                                 Supplier<Optional<T>> probe, boolean pauseFirst) {
        long deadline = nanos.getAsLong() + timeout.toNanos();
        long step = Math.max(1_000_000, period.toNanos()); // at least 1 ms: never a busy loop
        boolean pausing = pauseFirst;
        while (true) {
            if (pausing) {
                long left = deadline - nanos.getAsLong();
                if (left <= 0 || !sleep(Math.min(left, step))) {
                    return Optional.empty();
                }
            }
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                return Optional.empty();
            }
            Optional<T> answer = probe.get();
            if (answer.isPresent() || deadline - nanos.getAsLong() <= 0) {
                return answer;
            }
            pausing = true;
        }
    }

    private boolean sleep(long nanosToWait) {
        try {
            sleeper.sleep(Duration.ofNanos(nanosToWait));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
