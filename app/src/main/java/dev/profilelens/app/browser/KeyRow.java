package dev.profilelens.app.browser;

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
}
