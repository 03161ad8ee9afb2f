package dev.profilelens.core.ds2;

import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import java.util.Objects;

/**
 * The concrete stores of one player: the OrderedBackups pair and the Standard/migrated key. The defaults are
 * DataStore2's; a home-made berezaa game configures patterns with {@code {master}} and {@code {userId}}, e.g.
 * ordered store {@code PlayerData} in scope {@code {userId}} (datastore2.md §1.3, devforum t/1332413).
 */
public record Ds2Places(String backupStore, String backupScope, String standardStore, String standardScope,
                        String standardKey) {
    public Ds2Places {
        Objects.requireNonNull(backupStore, "backupStore");
        Objects.requireNonNull(backupScope, "backupScope");
        Objects.requireNonNull(standardStore, "standardStore");
        Objects.requireNonNull(standardScope, "standardScope");
        Objects.requireNonNull(standardKey, "standardKey");
    }

    /** DataStore2's own places; {@code migrationScope} is MigrateOrderedBackups' scope (default {@code global}). */
    public static Ds2Places of(Ds2Address a, String migrationScope) {
        return new Ds2Places(a.backupStore(), EntryRef.DEFAULT_SCOPE, a.master(), migrationScope,
                Long.toString(a.userId()));
    }

    /** A berezaa-method game: the store and scope patterns of its backup pair. */
    public static Ds2Places berezaa(Ds2Address a, String storePattern, String scopePattern) {
        return new Ds2Places(fill(storePattern, a), fill(scopePattern, a), a.master(), EntryRef.DEFAULT_SCOPE,
                Long.toString(a.userId()));
    }

    private static String fill(String pattern, Ds2Address a) {
        return pattern.replace("{master}", a.master()).replace("{userId}", Long.toString(a.userId()));
    }

    public OrderedStoreRef ordered() {
        return new OrderedStoreRef(backupStore, backupScope);
    }

    public EntryRef backup(long n) {
        return new EntryRef(backupStore, backupScope, Long.toString(n));
    }

    public EntryRef standard() {
        return new EntryRef(standardStore, standardScope, standardKey);
    }
}
