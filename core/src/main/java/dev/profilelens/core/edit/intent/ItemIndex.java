package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.diff.JsonHash;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How many elements of one array an {@link ItemMatch} matches, answered from counts made once (per field asked for,
 * and for whole elements) instead of a scan of the array per question: deriving the intents of an edit to a
 * 6,000-item inventory asked thousands of such questions, which made the editor's analysis quadratic.
 */
final class ItemIndex {
    private final JsonNode array;
    private final Map<String, Map<Key, Integer>> byField = new HashMap<>();
    private @Nullable Map<Key, Integer> whole;

    ItemIndex(JsonNode array) {
        this.array = array;
    }

    /** The number of elements {@code m} matches, as {@link ItemMatch#matches} counts them. */
    int count(ItemMatch m) {
        String field = m.field();
        Map<Key, Integer> counts = field == null ? wholeCounts() : fieldCounts(field);
        return counts.getOrDefault(Key.of(m.value()), 0);
    }

    private Map<Key, Integer> wholeCounts() {
        Map<Key, Integer> w = whole;
        if (w == null) {
            w = new HashMap<>();
            for (JsonNode e : array) {
                w.merge(Key.of(e), 1, Integer::sum);
            }
            whole = w;
        }
        return w;
    }

    private Map<Key, Integer> fieldCounts(String field) {
        return byField.computeIfAbsent(field, f -> {
            Map<Key, Integer> counts = new HashMap<>();
            for (JsonNode e : array) {
                JsonNode v = e.isObject() ? e.get(f) : null;
                if (v != null) {
                    counts.merge(Key.of(v), 1, Integer::sum);
                }
            }
            return counts;
        });
    }

    /** A JSON value as a hash key with the equality of {@link JsonEquals} (1 equals 1.0, member order ignored). */
    record Key(JsonNode node, int hash) {
        static Key of(JsonNode node) {
            return new Key(node, JsonHash.of(node));
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Key k && k.hash == hash && JsonEquals.equal(node, k.node);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
