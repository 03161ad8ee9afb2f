package dev.profilelens.core.watch;

import java.util.ArrayDeque;
import java.util.List;

/** The most recent lock events of one key, oldest first, at most {@code capacity}. Thread-safe. */
public final class KeyTimeline {
    private final int capacity;
    private final ArrayDeque<LockEvent> events = new ArrayDeque<>();

    public KeyTimeline(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    public synchronized void add(LockEvent event) {
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
    }

    public synchronized List<LockEvent> events() {
        return List.copyOf(events);
    }
}
