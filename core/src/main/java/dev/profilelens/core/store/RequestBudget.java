package dev.profilelens.core.store;

/**
 * The request budget a source lives within (Open Cloud: per universe, per category, per minute).
 * Shared by everything in the app that talks to the same source.
 */
public interface RequestBudget {
    enum Category { READ, WRITE, LIST, REMOVE }

    /** Requests allowed per minute in this category. */
    int limitPerMinute(Category category);

    /** Requests still available in the current minute. */
    int remaining(Category category);
}
