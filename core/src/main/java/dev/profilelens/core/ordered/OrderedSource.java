package dev.profilelens.core.ordered;

import dev.profilelens.core.store.Page;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The port for ordered data stores, beside {@code ProfileSource} (SQLite sandbox, Open Cloud v2, emulator). There
 * are no versions, no metadata, no UserIds and no tombstones; deletes are immediate. All methods may block on I/O.
 * Errors are {@code InspectorException}s: {@code InvalidInputException} for names and values beyond Roblox's
 * rules, {@link OrderedEntryExistsException} for a create that found the key, {@link OrderedEntryMissingException}
 * for an update that found none, {@code UnavailableException} when the back end stays unreachable or throttled.
 */
public interface OrderedSource extends AutoCloseable {

    String describe();

    /** One page of entries by value (ties by key) within the query's range. */
    Page<OrderedEntry> list(OrderedStoreRef store, OrderedQuery query, @Nullable String cursor, int limit);

    Optional<OrderedEntry> get(OrderedStoreRef store, String key);

    /** Creates the entry; {@link OrderedEntryExistsException} when the key is already there. */
    OrderedEntry create(OrderedStoreRef store, String key, long value);

    /** Sets the value; without {@code allowMissing} a missing key is {@link OrderedEntryMissingException}. */
    OrderedEntry update(OrderedStoreRef store, String key, long value, boolean allowMissing);

    /** Adds {@code amount} (a missing entry starts at 0); a result beyond int64 is refused. */
    OrderedEntry increment(OrderedStoreRef store, String key, long amount);

    /** Deletes the entry at once; false when there was none. */
    boolean delete(OrderedStoreRef store, String key);

    @Override
    void close();
}
