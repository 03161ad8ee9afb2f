package dev.profilelens.core.ordered;

import dev.profilelens.core.store.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Ordered data stores in memory, for tests and previews; pages are offsets into the sorted listing. */
public final class InMemoryOrderedSource implements OrderedSource {
    private final Map<OrderedStoreRef, Map<String, Long>> stores = new HashMap<>();
    private final AtomicLong requests = new AtomicLong();

    /** Calls made so far (each list page, get or change counts one), as a remote source would be charged. */
    public long requestCount() {
        return requests.get();
    }

    @Override
    public String describe() {
        return "in-memory ordered data stores";
    }

    @Override
    public synchronized Page<OrderedEntry> list(OrderedStoreRef store, OrderedQuery query, @Nullable String cursor,
                                                int limit) {
        requests.incrementAndGet();
        Comparator<OrderedEntry> order = Comparator.comparingLong(OrderedEntry::value)
                .thenComparing(OrderedEntry::key);
        List<OrderedEntry> all = new ArrayList<>();
        stores.getOrDefault(store, Map.of()).forEach((k, v) -> {
            if (query.accepts(v)) {
                all.add(new OrderedEntry(k, v));
            }
        });
        all.sort(query.descending() ? order.reversed() : order);
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(all.size(), from + Math.max(1, limit));
        return new Page<>(all.subList(Math.min(from, to), to), to < all.size() ? Integer.toString(to) : null);
    }

    @Override
    public synchronized Optional<OrderedEntry> get(OrderedStoreRef store, String key) {
        store.check(key);
        requests.incrementAndGet();
        Long v = stores.getOrDefault(store, Map.of()).get(key);
        return v == null ? Optional.empty() : Optional.of(new OrderedEntry(key, v));
    }

    @Override
    public synchronized OrderedEntry create(OrderedStoreRef store, String key, long value) {
        store.check(key);
        requests.incrementAndGet();
        Map<String, Long> m = stores.computeIfAbsent(store, s -> new HashMap<>());
        if (m.containsKey(key)) {
            throw new OrderedEntryExistsException(store, key);
        }
        m.put(key, value);
        return new OrderedEntry(key, value);
    }

    @Override
    public synchronized OrderedEntry update(OrderedStoreRef store, String key, long value, boolean allowMissing) {
        store.check(key);
        requests.incrementAndGet();
        Map<String, Long> m = stores.computeIfAbsent(store, s -> new HashMap<>());
        if (!allowMissing && !m.containsKey(key)) {
            throw new OrderedEntryMissingException(store, key);
        }
        m.put(key, value);
        return new OrderedEntry(key, value);
    }

    @Override
    public synchronized OrderedEntry increment(OrderedStoreRef store, String key, long amount) {
        store.check(key);
        requests.incrementAndGet();
        Map<String, Long> m = stores.computeIfAbsent(store, s -> new HashMap<>());
        long v = OrderedValues.add(m.getOrDefault(key, 0L), amount, "amount");
        m.put(key, v);
        return new OrderedEntry(key, v);
    }

    @Override
    public synchronized boolean delete(OrderedStoreRef store, String key) {
        store.check(key);
        requests.incrementAndGet();
        Map<String, Long> m = stores.get(store);
        return m != null && m.remove(key) != null;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
