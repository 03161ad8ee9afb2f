package dev.profilelens.core.store;

import java.time.Duration;
import java.util.Objects;

/**
 * One category of a request budget as the meter shows it.
 *
 * @param used      requests sent in the last 60 s
 * @param limit     requests allowed per 60 s
 * @param throttled 429 answers received so far on this connection
 * @param nextFree  how long the next request of this category has to wait (zero when one may go now)
 * @param reason    why it has to wait
 */
public record BudgetUse(RequestBudget.Category category, int used, int limit, long throttled, Duration nextFree,
                        Wait reason) {
    /** Why a request has to wait. */
    public enum Wait {
        /** It may go now. */
        NONE,
        /** Spaced at the budget's pace (a leaky bucket between bursts). */
        PACE,
        /** Every request of the last 60 s window is spent. */
        FULL,
        /** The service answered 429 and asked to wait (retry-after). */
        THROTTLED
    }

    public BudgetUse {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(nextFree, "nextFree");
        Objects.requireNonNull(reason, "reason");
    }

    public BudgetUse(RequestBudget.Category category, int used, int limit, long throttled, Duration nextFree) {
        this(category, used, limit, throttled, nextFree, nextFree.isZero() ? Wait.NONE : Wait.PACE);
    }
}
