package dev.profilelens.core.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock and a scheduler in virtual time: {@link #advance} runs due tasks in time order on the caller. */
final class VirtualTime extends Clock implements WatchScheduler {
    private Instant now;
    private long seq;
    private final List<Task> tasks = new ArrayList<>();

    private record Task(Instant due, long seq, Runnable run, boolean[] cancelled) {
    }

    VirtualTime(Instant start) {
        this.now = start;
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
        return now;
    }

    @Override
    public Scheduled schedule(Runnable task, Duration delay) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now.plus(delay), seq++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    @Override
    public void close() {
        tasks.clear();
    }

    int pending() {
        return (int) tasks.stream().filter(t -> !t.cancelled()[0]).count();
    }

    void advance(Duration d) {
        Instant end = now.plus(d);
        while (true) {
            Task first = tasks.stream().min(Comparator.comparing(Task::due).thenComparingLong(Task::seq))
                    .filter(t -> !t.due().isAfter(end)).orElse(null);
            if (first == null) {
                break;
            }
            tasks.remove(first);
            now = first.due();
            if (!first.cancelled()[0]) {
                first.run().run();
            }
        }
        now = end;
    }
}
