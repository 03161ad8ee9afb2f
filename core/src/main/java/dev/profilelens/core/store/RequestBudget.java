package dev.profilelens.core.store;

import java.time.Duration;

/**
 * The request budget a source lives within, shared by everything in the app that talks to the same source.
 * Open Cloud has two models (docs/opencloud-reference.md): the v2 experience budget per category (READ, WRITE,
 * LIST, REMOVE) and the legacy v1 per-universe buckets ({@link Category#V1_READ} for list stores, list keys, get
 * and list versions; {@link Category#V1_WRITE} for set, increment and delete).
 */
public interface RequestBudget {
    enum Category { READ, WRITE, LIST, REMOVE, V1_READ, V1_WRITE }

    /** Requests allowed per minute in this category. */
    int limitPerMinute(Category category);

    /** Requests still available in the current minute. */
    int remaining(Category category);

    /** What the meter shows for a category; budgets that do not count 429s or waits report zero for them. */
    default BudgetUse use(Category category) {
        int limit = limitPerMinute(category);
        return new BudgetUse(category, limit - remaining(category), limit, 0, Duration.ZERO);
    }
}
