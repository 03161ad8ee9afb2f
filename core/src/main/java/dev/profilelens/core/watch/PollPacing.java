package dev.profilelens.core.watch;

import dev.profilelens.core.store.RequestBudget;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How often a poll cycle can run within a source's request budget. A cycle of {@code r} reads and {@code l}
 * listings may run every {@code 60 s * r / (readLimit * share)} (and likewise for listings), never more often than
 * the requested minimum interval. A source without a budget (a local file) polls at the requested interval.
 * When the budget's current minute has fewer requests left than a cycle needs, the interval doubles so other
 * parts of the app sharing the budget are not starved.
 *
 * @param budget    the source's budget, or null when it has none
 * @param share     the fraction of each per-minute limit the poller may use (0 &lt; share ≤ 1)
 * @param minimum   the shortest interval (the user's choice; also the interval of budget-less sources)
 */
public record PollPacing(@Nullable RequestBudget budget, double share, Duration minimum) {
    public static final double DEFAULT_SHARE = 0.5;

    public PollPacing {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1]: " + share);
        }
        Objects.requireNonNull(minimum, "minimum");
        if (minimum.isNegative() || minimum.isZero()) {
            throw new IllegalArgumentException("minimum interval must be positive: " + minimum);
        }
    }

    /** The interval to wait before the next cycle of {@code reads} reads and {@code lists} listings. */
    public Duration intervalFor(int reads, int lists) {
        if (budget == null) {
            return minimum;
        }
        long millis = minimum.toMillis();
        millis = Math.max(millis, needed(RequestBudget.Category.READ, reads));
        millis = Math.max(millis, needed(RequestBudget.Category.LIST, lists));
        if (budget.remaining(RequestBudget.Category.READ) < reads
                || budget.remaining(RequestBudget.Category.LIST) < lists) {
            millis *= 2;
        }
        return Duration.ofMillis(millis);
    }

    private long needed(RequestBudget.Category category, int requests) {
        if (requests <= 0 || budget == null) {
            return 0;
        }
        double allowed = Math.max(1.0, budget.limitPerMinute(category) * share);
        return (long) Math.ceil(60_000.0 * requests / allowed);
    }
}
