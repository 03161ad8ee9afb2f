package dev.profilelens.core.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * A discrete-event scheduler: tasks run in (time, insertion) order on the calling thread and the
 * {@link VirtualClock} jumps to each task's time. Hours of virtual time take milliseconds. Not thread-safe: one
 * thread drives it (tests).
 */
public final class VirtualScheduler implements Scheduler {
    private final VirtualClock clock;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private final List<Runnable> afterEach = new ArrayList<>();
    private long sequence;
    private long executed;

    public VirtualScheduler(Instant start) {
        this.clock = new VirtualClock(start);
    }

    private static final class Entry implements Comparable<Entry>, Task {
        final Instant at;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Entry(Instant at, long seq, Runnable task) {
            this.at = at;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public int compareTo(Entry o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public VirtualClock clock() {
        return clock;
    }

    @Override
    public Task schedule(Duration delay, Runnable task) {
        if (delay.isNegative()) {
            delay = Duration.ZERO;
        }
        Entry e = new Entry(clock.instant().plus(delay), sequence++, task);
        queue.add(e);
        return e;
    }

    /** A check run after every executed task (the torture test's invariants). */
    public void afterEachTask(Runnable check) {
        afterEach.add(check);
    }

    /** Runs every task due up to {@code until}, then sets the clock to {@code until}. */
    public void runUntil(Instant until) {
        while (!queue.isEmpty() && !queue.peek().at.isAfter(until)) {
            runNext();
        }
        if (until.isAfter(clock.instant())) {
            clock.set(until);
        }
    }

    /** Runs every task due within {@code d} from now. */
    public void advance(Duration d) {
        runUntil(clock.instant().plus(d));
    }

    /** Runs tasks until {@code done} holds or {@code limit} of virtual time passed; true when done. */
    public boolean runUntil(BooleanSupplier done, Duration limit) {
        Instant end = clock.instant().plus(limit);
        while (!done.getAsBoolean()) {
            if (queue.isEmpty() || queue.peek().at.isAfter(end)) {
                runUntil(end);
                return done.getAsBoolean();
            }
            runNext();
        }
        return true;
    }

    private void runNext() {
        Entry e = queue.poll();
        if (e.cancelled) {
            return;
        }
        clock.set(e.at);
        e.task.run();
        executed++;
        for (Runnable check : afterEach) {
            check.run();
        }
    }

    /** Tasks executed so far (cancelled ones not counted). */
    public long executed() {
        return executed;
    }

    /** Tasks waiting, including cancelled ones not yet reached. */
    public int pending() {
        return queue.size();
    }
}
