package dev.profilelens.core.watch;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A watched key prefix of one store; {@code scope == null} means every scope. */
public record WatchedPrefix(String store, @Nullable String scope, String prefix) {
    public WatchedPrefix {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(prefix, "prefix");
    }
}
