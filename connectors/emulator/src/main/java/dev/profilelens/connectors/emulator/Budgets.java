package dev.profilelens.connectors.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Request budgets as Roblox applies them (spec/opencloud.md §4.2–4.3): requests per minute per universe and
 * category (a sliding 60 s window), and bytes per minute per key (4 MB for writes, 25 MB for reads, each request
 * rounded up to the next KB).
 */
final class Budgets {
    enum Category { READ, WRITE, LIST, REMOVE, ORDERED_READ, ORDERED_WRITE, ORDERED_LIST, ORDERED_REMOVE }

    static final long WINDOW_MS = 60_000;
    static final long KEY_WRITE_BYTES = 4L * 1024 * 1024;
    static final long KEY_READ_BYTES = 25L * 1024 * 1024;

    /** The verdict for one request. */
    record Verdict(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    }

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> requests = new HashMap<>();
    private final Map<String, Deque<long[]>> keyBytes = new HashMap<>();

    Budgets(int perMinute, LongSupplier clockMillis) {
        this.perMinute = perMinute;
        this.clock = clockMillis;
    }

    synchronized Verdict take(String universe, Category category) {
        long now = clock.getAsLong();
        Deque<Long> window = requests.computeIfAbsent(universe + "/" + category, k -> new ArrayDeque<>());
        while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MS) {
            window.pollFirst();
        }
        if (window.size() >= perMinute) {
            long retry = Math.max(1, (window.peekFirst() + WINDOW_MS - now + 999) / 1000);
            return new Verdict(false, perMinute, 0, retry);
        }
        window.addLast(now);
        return new Verdict(true, perMinute, perMinute - window.size(), 0);
    }

    /** Charges {@code bytes} to a key's per-minute byte budget; false when it would exceed it. */
    synchronized boolean chargeKey(String universe, String key, long bytes, boolean write) {
        long now = clock.getAsLong();
        long rounded = ((Math.max(bytes, 1) + 1023) / 1024) * 1024;
        Deque<long[]> window = keyBytes.computeIfAbsent(universe + "/" + (write ? "w/" : "r/") + key,
                k -> new ArrayDeque<>());
        long used = 0;
        while (!window.isEmpty() && window.peekFirst()[0] <= now - WINDOW_MS) {
            window.pollFirst();
        }
        for (long[] e : window) {
            used += e[1];
        }
        if (used + rounded > (write ? KEY_WRITE_BYTES : KEY_READ_BYTES)) {
            return false;
        }
        window.addLast(new long[] {now, rounded});
        return true;
    }

    int perMinute() {
        return perMinute;
    }
}
