package dev.profilelens.connectors.emulator;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** What the route classes share: the gate, the universes, and paging with opaque (optionally short) pages. */
final class Serving {
    /** Fetches one page from the store with its own cursor. */
    @FunctionalInterface
    interface Fetch<T> {
        Page<T> fetch(@Nullable String cursor, int limit);
    }

    private final Gate gate;
    private final Universes universes;
    private final boolean shortPages;

    Serving(Gate gate, Universes universes, boolean shortPages) {
        this.gate = gate;
        this.universes = universes;
        this.shortPages = shortPages;
    }

    EmulatorStats stats() {
        return gate.stats();
    }

    Map<String, String> admit(Exchange ex, String universe, String scope, Budgets.@Nullable Category c, boolean v2,
                              boolean write) {
        return gate.admit(ex, universe, scope, c, v2, write, new Faults.Kind[1]);
    }

    Map<String, String> admit(Exchange ex, String universe, String scope, Budgets.@Nullable Category c, boolean v2,
                              boolean write, Faults.Kind[] fault) {
        return gate.admit(ex, universe, scope, c, v2, write, fault);
    }

    /** A further scope the same request needs (v1 set into a new store needs {@code control:create}). */
    void requireScope(Exchange ex, String universe, String scope, boolean v2) {
        gate.checkScope(ex, universe, scope, v2);
    }

    SqliteProfileSource source(String universe) {
        return universes.universe(universe);
    }

    StoreStates states(String universe) {
        return universes.states(universe);
    }

    /** The store's creation info when it exists (whatever its state). */
    Optional<DataStoreInfo> store(String universe, String name) {
        return source(universe).listDataStores(name, null, 1).items().stream()
                .filter(s -> s.name().equals(name)).findFirst();
    }

    /** Entries of a store scheduled for deletion are inaccessible at once (openapi.json, Cloud_DeleteDataStore). */
    void requireActive(String universe, String store, boolean v2) {
        if (states(universe).expiry(store).isPresent()) {
            throw v2 ? ApiError.v2(404, "NOT_FOUND", "The data store is scheduled for deletion.")
                    : ApiError.v1(404, "NOT_FOUND", "DatastoreNotFound", "Datastore not found.");
        }
    }

    /**
     * The query a page token is bound to: the operation and every other parameter as sent, so a token sent with
     * different parameters is refused (cloud/reference/patterns.md: "Altering any filter parameter results in a
     * 400 error").
     */
    static String boundQuery(Exchange ex, String operation, String tokenParam) {
        return operation + ":" + ex.rawPath() + ":" + new TreeMap<>(ex.paramsExcept(tokenParam));
    }

    /**
     * One page whose {@code nextCursor} is already the opaque token to send. With short pages the first call
     * answers an empty page that still carries a token, and later pages hold at most 2 items.
     */
    <T> Page<T> page(String query, @Nullable String inner, int limit, boolean hadCursor, Fetch<T> fetch) {
        if (shortPages && !hadCursor) {
            return new Page<>(List.of(), Cursors.encode(query, null));
        }
        Page<T> p = fetch.fetch(inner, shortPages ? Math.min(2, limit) : limit);
        return new Page<>(p.items(), p.nextCursor() == null ? null : Cursors.encode(query, p.nextCursor()));
    }

    /** v2: a key's own byte budget. */
    void chargeRead(String universe, EntryRef ref, long bytes) {
        if (!gate.budgets().chargeKey(universe, ref.toString(), bytes, false)) {
            throw gate.keyThrottled(true);
        }
    }

    /** v2: a key's own byte budget. */
    void chargeWrite(String universe, EntryRef ref, long bytes) {
        if (!gate.budgets().chargeKey(universe, ref.toString(), bytes, true)) {
            throw gate.keyThrottled(true);
        }
    }

    /** v1: the universe's throughput (20 MB read, 10 MB written per minute). */
    void chargeV1(String universe, long bytes, boolean write) {
        if (!gate.budgets().chargeUniverseV1(universe, bytes, write)) {
            throw gate.keyThrottled(false);
        }
    }
}
