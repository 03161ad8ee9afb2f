package dev.profilelens.core.ordered;

import java.util.Objects;

/** One entry of an ordered data store: its key and its integer value. */
public record OrderedEntry(String key, long value) {
    public OrderedEntry {
        Objects.requireNonNull(key, "key");
    }
}
