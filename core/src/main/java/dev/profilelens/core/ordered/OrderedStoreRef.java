package dev.profilelens.core.ordered;

import dev.profilelens.core.store.Limits;
import java.util.Objects;

/** An ordered data store and scope (the scope is always explicit; {@code global} by default). */
public record OrderedStoreRef(String store, String scope) {
    public static final String GLOBAL = "global";

    public OrderedStoreRef {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(scope, "scope");
    }

    public static OrderedStoreRef of(String store) {
        return new OrderedStoreRef(store, GLOBAL);
    }

    /** Checks the store, scope and key against Roblox's limits (names ≤ 50 bytes, keys ≤ 50 characters). */
    public void check(String key) {
        Limits.checkName("ordered data store name", store);
        Limits.checkName("scope", scope);
        Limits.checkName("ordered entry key", key);
    }

    @Override
    public String toString() {
        return store + (scope.equals(GLOBAL) ? "" : " (scope " + scope + ")");
    }
}
