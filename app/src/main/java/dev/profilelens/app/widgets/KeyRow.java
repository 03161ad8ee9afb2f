package dev.profilelens.app.widgets;

import dev.profilelens.core.store.EntryRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One listed key, with the badges learnt once it was read: its format ("PS", "PSt", "placeholder", "corrupt",
 * "value") and its lock ("free", "active", "stale").
 */
public record KeyRow(EntryRef ref, @Nullable String format, @Nullable String lock) {
    public KeyRow {
        Objects.requireNonNull(ref, "ref");
    }

    public static KeyRow unread(EntryRef ref) {
        return new KeyRow(ref, null, null);
    }

    // written out: a record's own equals is linked at its first call, 5-40 ms in a fresh JVM (ADR 0273)
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof KeyRow k && ref.equals(k.ref) && Objects.equals(format, k.format)
                && Objects.equals(lock, k.lock);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, format, lock);
    }
}
