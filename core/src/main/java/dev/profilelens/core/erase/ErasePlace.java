package dev.profilelens.core.erase;

import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One place that holds a user and is to be deleted.
 *
 * @param kind    a standard key, or an ordered entry
 * @param userId  whose place it is
 * @param dialect {@code profileservice}, {@code profilestore}, {@code datastore2}, {@code ordered}, …
 * @param via     how it was found (template, UserIds, DataStore2 backups, ordered key)
 * @param lock    the lock seen when planned ({@code free}/{@code active}/{@code stale}), null when not a profile
 */
public record ErasePlace(Kind kind, long userId, String store, String scope, String key, String dialect, String via,
                         @Nullable String lock) {
    /** Standard keys are deleted as soft deletes (Roblox keeps their versions until the purge); ordered at once. */
    public enum Kind { KEY, ORDERED }

    public ErasePlace {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(via, "via");
    }

    public EntryRef ref() {
        return new EntryRef(store, scope, key);
    }

    public OrderedStoreRef orderedStore() {
        return new OrderedStoreRef(store, scope);
    }

    /** One line for plans and reports: {@code key PlayerData/global/Player_1} or {@code ordered Leaderboard/…}. */
    public String display() {
        return (kind == Kind.KEY ? "key " : "ordered ") + store + "/" + scope + "/" + key;
    }
}
