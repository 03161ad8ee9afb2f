package dev.profilelens.core.overview;

/**
 * Roblox's data store storage limit for an experience (spec/liveops.md §5.5): 500 MB plus 1 MB per lifetime user,
 * with MB as 1,000,000 bytes (ADR 0101). Roblox measures the compressed latest version of each key, so sizes
 * measured on the stored JSON are an upper bound.
 */
public final class StorageLimit {
    public static final long MB = 1_000_000L;
    public static final long BASE_BYTES = 500 * MB;

    private StorageLimit() {
    }

    /** The limit for an experience with {@code lifetimeUsers} users. */
    public static long limitBytes(long lifetimeUsers) {
        if (lifetimeUsers < 0) {
            throw new IllegalArgumentException("lifetime users must not be negative, was " + lifetimeUsers);
        }
        return BASE_BYTES + lifetimeUsers * MB;
    }

    /** Bytes above the limit (0 when within it). */
    public static long overBytes(long usedBytes, long lifetimeUsers) {
        return Math.max(0, usedBytes - limitBytes(lifetimeUsers));
    }

    /** Share of the limit used, 0..n (above 1 when over). */
    public static double share(long usedBytes, long lifetimeUsers) {
        return (double) usedBytes / limitBytes(lifetimeUsers);
    }
}
