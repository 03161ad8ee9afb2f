package dev.profilelens.core.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identity of one DataStore entry: store name, scope ("global" unless the game uses scopes) and key.
 * Construction does not check Roblox's 1-50 byte limits; {@link Limits#checkRef} does, in every connector.
 */
public record EntryRef(String store, String scope, String key) {
    public static final String DEFAULT_SCOPE = "global";

    public EntryRef {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
    }

    public static EntryRef of(String store, String key) {
        return new EntryRef(store, DEFAULT_SCOPE, key);
    }

    // written out: a record's own equals is linked at its first call, 5-40 ms in a fresh JVM (ADR 0273)
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof EntryRef r && store.equals(r.store) && scope.equals(r.scope) && key.equals(r.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(store, scope, key);
    }

    @Override
    public String toString() {
        return store + "/" + scope + "/" + key;
    }
}
