package dev.profilelens.connectors.sqlite.sim;

import dev.profilelens.core.model.Dialect;
import java.util.List;
import java.util.Objects;

/**
 * A store the simulated servers play on: its name, the library that owns it and how keys are formed from a user id
 * ({@code keyPrefix + userId}).
 */
public record SimStore(String name, Dialect dialect, String keyPrefix) {
    public SimStore {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (dialect != Dialect.PROFILESERVICE && dialect != Dialect.PROFILESTORE
                && dialect != Dialect.PROFILESERVICE_PLUS) {
            throw new IllegalArgumentException("a simulated store is ProfileService (or Plus) or ProfileStore");
        }
    }

    /**
     * The sandbox's player stores: {@code PlayerData} (PS, {@code Player_<id>}), {@code PlayerData_v2} (PSt) and
     * {@code PlayerData_plus} (ProfileService Plus, key = user id; its lock timings are ProfileService's).
     */
    public static List<SimStore> sandboxDefaults() {
        return List.of(new SimStore("PlayerData", Dialect.PROFILESERVICE, "Player_"),
                new SimStore("PlayerData_v2", Dialect.PROFILESTORE, ""),
                new SimStore("PlayerData_plus", Dialect.PROFILESERVICE_PLUS, ""));
    }

    /** The user id a key of this store belongs to, or -1 when the key does not have this store's form. */
    public long userIdOf(String key) {
        if (!key.startsWith(keyPrefix)) {
            return -1;
        }
        try {
            return Long.parseLong(key.substring(keyPrefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
