package dev.profilelens.core.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One server's per-key FIFO of DataStore calls (spec §4): a call starts after the previous one for the key has
 * finished and, with a cooldown (ProfileService's 7 s), no sooner than {@code cooldown} after the previous start.
 * Each call gets a "done" callback it must run when its store call has finished.
 */
final class KeyQueue {
    private static final class Lane {
        final ArrayDeque<Consumer<Runnable>> waiting = new ArrayDeque<>();
        boolean running;
        boolean armed;
        Instant lastStart = Instant.MIN;
    }

    private final Scheduler scheduler;
    private final Duration cooldown;
    private final Map<String, Lane> lanes = new HashMap<>();

    KeyQueue(Scheduler scheduler, Duration cooldown) {
        this.scheduler = scheduler;
        this.cooldown = cooldown;
    }

    void submit(String key, Consumer<Runnable> call) {
        Lane lane = lanes.computeIfAbsent(key, k -> new Lane());
        lane.waiting.add(call);
        pump(key, lane);
    }

    /** A call for the key is waiting (not yet started). */
    boolean hasWaiting(String key) {
        Lane lane = lanes.get(key);
        return lane != null && !lane.waiting.isEmpty();
    }

    private void pump(String key, Lane lane) {
        if (lane.running || lane.armed) {
            return;
        }
        Instant now = scheduler.clock().instant();
        Instant earliest = lane.lastStart == Instant.MIN ? now : lane.lastStart.plus(cooldown);
        if (lane.waiting.isEmpty()) {
            if (!earliest.isAfter(now)) {
                lanes.remove(key, lane);
            } else {
                lane.armed = true;
                scheduler.schedule(Duration.between(now, earliest), () -> {
                    lane.armed = false;
                    pump(key, lane);
                });
            }
            return;
        }
        if (earliest.isAfter(now)) {
            lane.armed = true;
            scheduler.schedule(Duration.between(now, earliest), () -> {
                lane.armed = false;
                pump(key, lane);
            });
            return;
        }
        lane.running = true;
        lane.lastStart = now;
        Consumer<Runnable> call = lane.waiting.poll();
        boolean[] finished = new boolean[1];
        call.accept(() -> {
            if (!finished[0]) {
                finished[0] = true;
                lane.running = false;
                pump(key, lane);
            }
        });
    }
}
