package dev.profilelens.core.overview;

import dev.profilelens.core.store.EntryRef;
import java.util.Objects;

/** One key and the size of its stored value in bytes. */
public record KeySize(EntryRef ref, long bytes) {
    public KeySize {
        Objects.requireNonNull(ref, "ref");
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative, was " + bytes);
        }
    }
}
