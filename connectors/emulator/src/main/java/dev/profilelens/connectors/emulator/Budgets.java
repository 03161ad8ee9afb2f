package dev.profilelens.connectors.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Request budgets as the reference states them (Roblox/creator-docs b0bf2f1; docs/opencloud-reference.md), each a
 * sliding 60 s window:
 * <ul>
 *   <li>v2, the experience budget ({@code cloud-services/data-stores/error-codes-and-limits.md}): READ (get),
 *       WRITE (create, update, increment), LIST (list stores, entries, revisions), REMOVE (delete entry, delete
 *       and undelete store); plus per key 25 MB read and 4 MB written per minute, each request rounded up to
 *       the next KB;</li>
 *   <li>v1, the legacy buckets ({@code cloud/guides/data-stores/throttling.md}): V1_READ (list stores, list keys,
 *       get, list versions) with 20 MB read per universe, V1_WRITE (set, increment, delete) with 10 MB written
 *       per universe; Get Entry Version has its own 5,000 per API key ({@code datastores-api/v1.json}).</li>
 * </ul>
 */
final class Budgets {
    enum Category { READ, WRITE, LIST, REMOVE, V1_READ, V1_WRITE, SNAPSHOT, ORDERED_READ, ORDERED_WRITE, ORDERED_LIST,
        ORDERED_REMOVE }

    static final long WINDOW_MS = 60_000;
    static final long KEY_WRITE_BYTES = 4L * 1024 * 1024;
    static final long KEY_READ_BYTES = 25L * 1024 * 1024;
    static final long V1_WRITE_BYTES = 10L * 1024 * 1024;
    static final long V1_READ_BYTES = 20L * 1024 * 1024;
    static final int VERSION_READS_PER_API_KEY = 5_000;
    /** {@code x-roblox-rate-limits} of Snapshot Data Stores in openapi.json. */
    static final int SNAPSHOTS_PER_MINUTE = 60;

    /** The verdict for one request. */
    record Verdict(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    }

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> requests = new HashMap<>();
    private final Map<String, Deque<long[]>> bytes = new HashMap<>();

    Budgets(int perMinute, LongSupplier clockMillis) {
        this.perMinute = perMinute;
        this.clock = clockMillis;
    }

    synchronized Verdict take(String universe, Category category) {
        return take(universe + "/" + category, category == Category.SNAPSHOT ? SNAPSHOTS_PER_MINUTE : perMinute);
    }

    /** Get Entry Version's own limit, counted per API key. */
    synchronized Verdict takeVersionRead(@Nullable String apiKey) {
        return take("apikey/" + apiKey + "/version", VERSION_READS_PER_API_KEY);
    }

    private Verdict take(String bucket, int limit) {
        long now = clock.getAsLong();
        Deque<Long> window = requests.computeIfAbsent(bucket, k -> new ArrayDeque<>());
        while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MS) {
            window.pollFirst();
        }
        if (window.size() >= limit) {
            long retry = Math.max(1, (window.peekFirst() + WINDOW_MS - now + 999) / 1000);
            return new Verdict(false, limit, 0, retry);
        }
        window.addLast(now);
        return new Verdict(true, limit, limit - window.size(), 0);
    }

    /** Charges {@code n} bytes to a key's per-minute byte budget (v2); false when it would exceed it. */
    synchronized boolean chargeKey(String universe, String key, long n, boolean write) {
        return charge(universe + "/" + (write ? "w/" : "r/") + key, n, write ? KEY_WRITE_BYTES : KEY_READ_BYTES);
    }

    /** Charges {@code n} bytes to the universe's v1 throughput; false when it would exceed it. */
    synchronized boolean chargeUniverseV1(String universe, long n, boolean write) {
        return charge(universe + "/v1" + (write ? "w" : "r"), n, write ? V1_WRITE_BYTES : V1_READ_BYTES);
    }

    private boolean charge(String bucket, long n, long max) {
        long now = clock.getAsLong();
        long rounded = ((Math.max(n, 1) + 1023) / 1024) * 1024;
        Deque<long[]> window = bytes.computeIfAbsent(bucket, k -> new ArrayDeque<>());
        while (!window.isEmpty() && window.peekFirst()[0] <= now - WINDOW_MS) {
            window.pollFirst();
        }
        long used = 0;
        for (long[] e : window) {
            used += e[1];
        }
        if (used + rounded > max) {
            return false;
        }
        window.addLast(new long[] {now, rounded});
        return true;
    }

    int perMinute() {
        return perMinute;
    }
}
