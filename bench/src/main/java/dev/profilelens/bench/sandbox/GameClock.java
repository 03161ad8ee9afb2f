package dev.profilelens.bench.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock running {@code speed} times faster than the wall clock from {@code start}: the simulation's game time. */
final class GameClock extends Clock {
    private final Instant start;
    private final long t0 = System.nanoTime();
    private final double speed;

    GameClock(Instant start, double speed) {
        this.start = start;
        this.speed = speed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return start.plusNanos((long) ((System.nanoTime() - t0) * speed));
    }
}
