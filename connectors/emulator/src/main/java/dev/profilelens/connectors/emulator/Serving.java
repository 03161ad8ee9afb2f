package dev.profilelens.connectors.emulator;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.util.List;
import java.util.Map;
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

    EmulatorStats stats() {
        return gate.stats();
    }

    Serving(Gate gate, Universes universes, boolean shortPages) {
        this.gate = gate;
        this.universes = universes;
        this.shortPages = shortPages;
    }

    Map<String, String> admit(Exchange ex, String universe, String scope, Budgets.Category c, boolean v2,
                              boolean write) {
        return gate.admit(ex, universe, scope, c, v2, write, new Faults.Kind[1]);
    }

    Map<String, String> admit(Exchange ex, String universe, String scope, Budgets.Category c, boolean v2,
                              boolean write, Faults.Kind[] fault) {
        return gate.admit(ex, universe, scope, c, v2, write, fault);
    }

    ProfileSource source(String universe) {
        return universes.universe(universe);
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

    void chargeRead(String universe, EntryRef ref, long bytes, boolean v2) {
        if (!gate.budgets().chargeKey(universe, ref.toString(), bytes, false)) {
            throw gate.keyThrottled(v2);
        }
    }

    void chargeWrite(String universe, EntryRef ref, long bytes, boolean v2) {
        if (!gate.budgets().chargeKey(universe, ref.toString(), bytes, true)) {
            throw gate.keyThrottled(v2);
        }
    }
}
