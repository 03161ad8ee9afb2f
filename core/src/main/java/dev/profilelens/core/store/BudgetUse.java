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
 */
public record BudgetUse(RequestBudget.Category category, int used, int limit, long throttled, Duration nextFree) {
    public BudgetUse {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(nextFree, "nextFree");
    }

    /** True while a request of this category would have to wait. */
    public boolean waiting() {
        return !nextFree.isZero() && !nextFree.isNegative();
    }
}
