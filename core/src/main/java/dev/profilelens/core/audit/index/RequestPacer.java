package dev.profilelens.core.audit.index;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.store.RequestBudget;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Spaces requests so a scan uses at most {@code share} of each per-minute limit of the source's budget
 * (ADR 0071): one request per {@code 60 s / (limit * share)} (kept to the microsecond, not rounded up to a whole
 * millisecond); when the budget reports nothing left this minute, waits one more spacing. A caller that came late
 * (a slow response, a page written meanwhile) may make up at most {@link #CATCH_UP} missed turns, and only as many
 * as the limit leaves above the share, so a minute never holds more than the limit (ADR 0172). Without a budget,
 * requests are not paced.
 */
public final class RequestPacer {
    private final @Nullable RequestBudget budget;
    private final double share;
    private final Clock clock;
    private final Sleeper sleeper;
    /** Missed turns a late caller may make up. */
    static final int CATCH_UP = 5;
    private final Map<RequestBudget.Category, Double> nextAllowedMillis = new EnumMap<>(RequestBudget.Category.class);

    public RequestPacer(@Nullable RequestBudget budget, double share, Clock clock, Sleeper sleeper) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1]: " + share);
        }
        this.budget = budget;
        this.share = share;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public static RequestPacer unpaced() {
        return new RequestPacer(null, 1, Clock.systemUTC(), Sleeper.real());
    }

    /** Blocks until one request of {@code category} may be made. */
    public void acquire(RequestBudget.Category category) {
        if (budget == null) {
            return;
        }
        double spacing = spacingMillis(category);
        long now = clock.millis();
        int headroom = budget.limitPerMinute(category) - allowedPerMinute(category);
        double next = Math.max(nextAllowedMillis.getOrDefault(category, (double) now),
                now - Math.min(CATCH_UP, Math.max(0, headroom)) * spacing);
        if (budget.remaining(category) <= 0) {
            next = Math.max(next, now + spacing);
        }
        if (next > now) {
            try {
                sleeper.sleep(Duration.ofNanos((long) Math.ceil((next - now) * 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InspectorException("the scan was interrupted while waiting for the request budget", e);
            }
        }
        nextAllowedMillis.put(category, next + spacing);
    }

    /** The requests per minute this pacer allows in {@code category} (unbounded: -1). */
    public int allowedPerMinute(RequestBudget.Category category) {
        return budget == null ? -1 : (int) Math.max(1, Math.floor(budget.limitPerMinute(category) * share));
    }

    private double spacingMillis(RequestBudget.Category category) {
        return 60_000.0 / allowedPerMinute(category);
    }
}
