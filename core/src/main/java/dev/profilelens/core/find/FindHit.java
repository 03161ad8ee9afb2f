package dev.profilelens.core.find;

import dev.profilelens.core.store.EntryRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One place a player's data lives.
 *
 * @param ref     the entry to open (for a DataStore2 player: the newest entry of its per-player store, or null
 *                when that store is empty)
 * @param key     the key as shown and as the CLI takes it ({@code ds2:MASTER/USERID} for DataStore2)
 * @param dialect {@code profileservice}, {@code profilestore}, {@code datastore2}, {@code unknown}, …
 * @param kind    {@code profile}, {@code placeholder}, {@code corrupt}, or {@code value} for DataStore2
 * @param lock    {@code free}, {@code active} or {@code stale} for a profile, else null
 * @param via     how it was found: {@code template Player_{id}}, {@code UserIds}, {@code datastore2}
 */
public record FindHit(String store, String scope, String key, @Nullable EntryRef ref, String dialect, String kind,
                      @Nullable String lock, String via) {
    public FindHit {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(via, "via");
    }
}
