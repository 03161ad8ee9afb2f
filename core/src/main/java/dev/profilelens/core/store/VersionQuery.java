package dev.profilelens.core.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Which versions to list: an optional inclusive time window and the order. */
public record VersionQuery(@Nullable Instant from, @Nullable Instant to, boolean descending) {
    public static VersionQuery all() {
        return new VersionQuery(null, null, false);
    }

    public static VersionQuery newestFirst() {
        return new VersionQuery(null, null, true);
    }

    public boolean contains(Instant t) {
        return (from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to));
    }
}
