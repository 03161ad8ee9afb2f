package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.store.RequestBudget;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The client side of the experience's request budget (spec/opencloud.md §4.2): per category, at most
 * {@code limit} requests in any 60 s window, shared by every source of the same universe in this process.
 * Requests are spaced by a leaky bucket and wait for a free slot instead of provoking 429s; a 429's
 * {@code retry-after} pauses the category.
 */
public final class ClientBudget implements RequestBudget {
    private static final Map<String, ClientBudget> SHARED = new ConcurrentHashMap<>();
    static final long WINDOW_MS = 60_000;

    private final int limit;
    private final LongSupplier clock;
    private final Map<Category, Deque<Long>> sent = new EnumMap<>(Category.class);
    private final Map<Category, Long> pausedUntil = new EnumMap<>(Category.class);
    private final Map<Category, double[]> bucket = new EnumMap<>(Category.class);
    private final double burst;

    ClientBudget(int limit, LongSupplier clockMillis) {
        this.limit = limit;
        this.clock = clockMillis;
        this.burst = Math.max(1, Math.min(10, limit / 30.0));
        long now = clockMillis.getAsLong();
        for (Category c : Category.values()) {
            sent.put(c, new ArrayDeque<>());
            pausedUntil.put(c, 0L);
            bucket.put(c, new double[] {burst, now});
        }
    }

    /** The budget shared by all sources of one universe at one base URL. */
    static ClientBudget shared(String base, String universe, int limit) {
        return SHARED.computeIfAbsent(base + "#" + universe + "#" + limit,
                k -> new ClientBudget(limit, System::currentTimeMillis));
    }

    @Override
    public int limitPerMinute(Category category) {
        return limit;
    }

    @Override
    public synchronized int remaining(Category category) {
        prune(category, clock.getAsLong());
        return Math.max(0, limit - sent.get(category).size());
    }

    /** How long {@code requests} more requests of a category will take at the budget's pace. */
    public synchronized Duration eta(Category category, int requests) {
        long now = clock.getAsLong();
        double waiting = Math.max(0, requests - Math.floor(refill(category, now)));
        long paused = Math.max(0, pausedUntil.get(category) - now);
        return Duration.ofMillis(paused + (long) Math.ceil(waiting * WINDOW_MS / limit));
    }

    /** Blocks until a request of {@code category} may be sent, then counts it. */
    public void acquire(Category category) throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                long now = clock.getAsLong();
                prune(category, now);
                Deque<Long> q = sent.get(category);
                long paused = pausedUntil.get(category);
                double tokens = refill(category, now);
                if (paused <= now && q.size() < limit && tokens >= 1) {
                    bucket.get(category)[0] = tokens - 1;
                    q.addLast(now);
                    return;
                }
                long spacing = (long) Math.ceil((1 - Math.min(1, tokens)) * WINDOW_MS / limit);
                long windowWait = q.size() < limit ? 0 : q.peekFirst() + WINDOW_MS - now;
                wait = Math.max(Math.max(paused - now, spacing), windowWait);
            }
            Thread.sleep(Math.max(1, Math.min(wait, 1_000)));
        }
    }

    /** The server said 429: hold the category for {@code seconds}. */
    public synchronized void pause(Category category, long millis) {
        pausedUntil.put(category, Math.max(pausedUntil.get(category), clock.getAsLong() + millis));
    }

    /**
     * A leaky bucket (spec/opencloud.md §4.2 asks callers to space requests): tokens come back at
     * {@code limit / 60 s} up to a small burst, so a long job runs at the budget's pace instead of spending the
     * whole minute at once and then stalling; the 60 s window above still caps the total.
     */
    private double refill(Category c, long now) {
        double[] b = bucket.get(c);
        double tokens = Math.min(burst, b[0] + (now - b[1]) * (double) limit / WINDOW_MS);
        b[0] = tokens;
        b[1] = now;
        return tokens;
    }

    private void prune(Category c, long now) {
        Deque<Long> q = sent.get(c);
        while (!q.isEmpty() && q.peekFirst() <= now - WINDOW_MS) {
            q.pollFirst();
        }
    }
}
