package dev.profilelens.core.find;

import dev.profilelens.core.store.EntryRef;
import java.util.List;

/**
 * A source that can answer "which keys list this UserId in their UserIds metadata" without reading every key
 * (the SQLite store keeps an index of it). Sources without one are searched by templates only, and the result
 * says so.
 */
public interface UserIdsLookup {
    /** Current (not deleted) keys whose UserIds hold {@code userId}, in store, scope, key order. */
    List<EntryRef> keysHolding(long userId);
}
