package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.store.BudgetUse;
import dev.profilelens.core.store.RequestBudget;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The client side of the experience's request budget (spec/opencloud.md §4.2): per category, at most
 * {@code limit} requests in any 60 s window, shared by every source its provider opens ({@link Budgets}). The
 * legacy v1 buckets ({@code V1_READ}, {@code V1_WRITE}) have their own limit, 300 per minute per universe on the
 * service (creator-docs {@code cloud/guides/data-stores/throttling.md}) whatever the experience budget is.
 * Requests are spaced by a leaky bucket and wait for a free slot instead of provoking 429s; a 429's
 * {@code retry-after} pauses the category.
 */
public final class ClientBudget implements RequestBudget {
    static final long WINDOW_MS = 60_000;
    /** The v1 per-universe request limit of the reference's throttling guide (the default of {@code v1Limit}). */
    static final int V1_LIMIT = 300;

    private final int limit;
    private final int v1Limit;
    private final LongSupplier clock;
    private final Map<Category, Deque<Long>> sent = new EnumMap<>(Category.class);
    private final Map<Category, Long> pausedUntil = new EnumMap<>(Category.class);
    private final Map<Category, double[]> bucket = new EnumMap<>(Category.class);
    private final Map<Category, Long> throttled = new EnumMap<>(Category.class);
    private final double burst;

    ClientBudget(int limit, LongSupplier clockMillis) {
        this(limit, V1_LIMIT, clockMillis);
    }

    ClientBudget(int limit, int v1Limit, LongSupplier clockMillis) {
        this.limit = limit;
        this.v1Limit = v1Limit;
        this.clock = clockMillis;
        this.burst = Math.max(1, Math.min(10, Math.min(limit, v1Limit) / 30.0));
        long now = clockMillis.getAsLong();
        for (Category c : Category.values()) {
            sent.put(c, new ArrayDeque<>());
            pausedUntil.put(c, 0L);
            bucket.put(c, new double[] {burst, now});
            throttled.put(c, 0L);
        }
    }

    @Override
    public int limitPerMinute(Category category) {
        return category == Category.V1_READ || category == Category.V1_WRITE ? v1Limit : limit;
    }

    @Override
    public synchronized int remaining(Category category) {
        prune(category, clock.getAsLong());
        return Math.max(0, limitPerMinute(category) - sent(category).size());
    }

    @Override
    public synchronized BudgetUse use(Category category) {
        long now = clock.getAsLong();
        prune(category, now);
        long wait = waitMillis(category, now);
        BudgetUse.Wait why = wait == 0 ? BudgetUse.Wait.NONE : pausedUntil(category) > now
                ? BudgetUse.Wait.THROTTLED : sent(category).size() >= limitPerMinute(category)
                ? BudgetUse.Wait.FULL : BudgetUse.Wait.PACE;
        return new BudgetUse(category, sent(category).size(), limitPerMinute(category), throttled(category),
                Duration.ofMillis(wait), why);
    }

    /** The server answered 429 to a request of this category. */
    public synchronized void countThrottled(Category category) {
        throttled.merge(category, 1L, Long::sum);
    }

    /** How long {@code requests} more requests of a category will take at the budget's pace. */
    public synchronized Duration eta(Category category, int requests) {
        long now = clock.getAsLong();
        double waiting = Math.max(0, requests - Math.floor(refill(category, now)));
        long paused = Math.max(0, pausedUntil(category) - now);
        return Duration.ofMillis(paused + (long) Math.ceil(waiting * WINDOW_MS / limitPerMinute(category)));
    }

    /** Blocks until a request of {@code category} may be sent, then counts it; waits in steps of at most 1 s. */
    public void acquire(Category category) throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                long now = clock.getAsLong();
                prune(category, now);
                wait = waitMillis(category, now);
                if (wait == 0) {
                    bucket(category)[0] = refill(category, now) - 1;
                    sent(category).addLast(now);
                    return;
                }
            }
            Thread.sleep(Math.max(1, Math.min(wait, 1_000)));
        }
    }

    /** Milliseconds until a request of the category may go (0: now). */
    private long waitMillis(Category category, long now) {
        int max = limitPerMinute(category);
        Deque<Long> q = sent(category);
        long paused = pausedUntil(category);
        double tokens = refill(category, now);
        if (paused <= now && q.size() < max && tokens >= 1) {
            return 0;
        }
        long spacing = (long) Math.ceil((1 - Math.min(1, tokens)) * WINDOW_MS / max);
        long windowWait = q.isEmpty() || q.size() < max ? 0 : q.getFirst() + WINDOW_MS - now;
        return Math.max(1, Math.max(Math.max(paused - now, spacing), windowWait));
    }

    /** The server said 429: hold the category for {@code seconds}. */
    public synchronized void pause(Category category, long millis) {
        pausedUntil.put(category, Math.max(pausedUntil(category), clock.getAsLong() + millis));
    }

    /**
     * A leaky bucket (spec/opencloud.md §4.2 asks callers to space requests): tokens come back at
     * {@code limit / 60 s} up to a small burst, so a long job runs at the budget's pace instead of spending the
     * whole minute at once and then stalling; the 60 s window above still caps the total.
     */
    private double refill(Category c, long now) {
        double[] b = bucket(c);
        double tokens = Math.min(burst, b[0] + (now - b[1]) * (double) limitPerMinute(c) / WINDOW_MS);
        b[0] = tokens;
        b[1] = now;
        return tokens;
    }

    private void prune(Category c, long now) {
        Deque<Long> q = sent(c);
        while (!q.isEmpty() && q.getFirst() <= now - WINDOW_MS) {
            q.pollFirst();
        }
    }

    // every category is filled in by the constructor
    private Deque<Long> sent(Category c) {
        return Objects.requireNonNull(sent.get(c));
    }

    private long pausedUntil(Category c) {
        return Objects.requireNonNull(pausedUntil.get(c));
    }

    private double[] bucket(Category c) {
        return Objects.requireNonNull(bucket.get(c));
    }

    private long throttled(Category c) {
        return Objects.requireNonNull(throttled.get(c));
    }
}
