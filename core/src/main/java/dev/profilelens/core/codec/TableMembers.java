package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The members of a parsed table, in the order they were read (ADR 0270): up to {@value #SMALL} members are two arrays
 * searched in order, a larger table is a {@link LinkedHashMap}. A profile's tables are mostly small (an inventory
 * item has two to six members), and as {@code LinkedHashMap}s each member cost an entry object of 40 bytes and each
 * table a map and a hash table besides: about 18 of the 23 MB a 4 MB profile parsed into. Behaves as a
 * {@code LinkedHashMap} in insertion order (a replaced member keeps its place), which is what {@code ObjectNode}
 * expects of the map it is given.
 */
final class TableMembers extends AbstractMap<String, JsonNode> {
    static final int SMALL = 16;
    private String[] names;
    private @Nullable JsonNode[] values;
    private int size;
    private int changes;
    private @Nullable LinkedHashMap<String, JsonNode> large;

    TableMembers(int expected) {
        int n = Math.max(1, Math.min(expected, SMALL));
        names = new String[n];
        values = new JsonNode[n];
    }

    private int indexOf(@Nullable Object name) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(names[i], name)) { // the parser's names are one instance each: equals' own == hits
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        LinkedHashMap<String, JsonNode> l = large;
        return l != null ? l.size() : size;
    }

    @Override
    public boolean containsKey(@Nullable Object name) {
        LinkedHashMap<String, JsonNode> l = large;
        return l != null ? l.containsKey(name) : indexOf(name) >= 0;
    }

    @Override
    public @Nullable JsonNode get(@Nullable Object name) {
        LinkedHashMap<String, JsonNode> l = large;
        if (l != null) {
            return l.get(name);
        }
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public @Nullable JsonNode put(String name, @Nullable JsonNode value) {
        LinkedHashMap<String, JsonNode> l = large;
        if (l != null) {
            return l.put(name, value);
        }
        int i = indexOf(name);
        if (i >= 0) {
            JsonNode old = values[i];
            values[i] = value;
            return old;
        }
        changes++;
        if (size == SMALL) {
            l = new LinkedHashMap<>(SMALL * 4);
            for (int k = 0; k < size; k++) {
                l.put(names[k], values[k]);
            }
            l.put(name, value);
            large = l;
            names = new String[0];
            values = new JsonNode[0];
            size = 0;
            return null;
        }
        if (size == names.length) {
            int n = Math.min(SMALL, size * 2);
            names = Arrays.copyOf(names, n);
            values = Arrays.copyOf(values, n);
        }
        names[size] = name;
        values[size] = value;
        size++;
        return null;
    }

    @Override
    public @Nullable JsonNode remove(@Nullable Object name) {
        LinkedHashMap<String, JsonNode> l = large;
        if (l != null) {
            return l.remove(name);
        }
        int i = indexOf(name);
        if (i < 0) {
            return null;
        }
        JsonNode old = values[i];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        System.arraycopy(names, i + 1, names, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        names[size] = null;
        values[size] = null;
        changes++;
    }

    @Override
    public void clear() {
        LinkedHashMap<String, JsonNode> l = large;
        if (l != null) {
            l.clear();
            return;
        }
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        changes++;
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, JsonNode>> iterator() {
                LinkedHashMap<String, JsonNode> l = large;
                return l != null ? l.entrySet().iterator() : new Members();
            }

            @Override
            public int size() {
                return TableMembers.this.size();
            }

            @Override
            public void clear() {
                TableMembers.this.clear();
            }
        };
    }

    /** Walks the small form; {@code remove} and an entry's {@code setValue} write through, as a map's iterator does. */
    private final class Members implements Iterator<Map.Entry<String, JsonNode>> {
        private int next;
        private int last = -1;
        private int expected = changes;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Map.Entry<String, JsonNode> next() {
            if (expected != changes || large != null) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            return new Member(last);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (expected != changes || large != null) {
                throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = changes;
        }
    }

    private final class Member implements Map.Entry<String, JsonNode> {
        private final String name;
        private final int at;

        Member(int at) {
            this.at = at;
            this.name = names[at];
        }

        @Override
        public String getKey() {
            return name;
        }

        @Override
        public @Nullable JsonNode getValue() {
            return large == null && at < size && names[at] == name ? values[at] : TableMembers.this.get(name);
        }

        @Override
        public @Nullable JsonNode setValue(@Nullable JsonNode value) {
            return TableMembers.this.put(name, value);
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Map.Entry<?, ?> e && Objects.equals(name, e.getKey())
                    && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(name) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return name + "=" + getValue();
        }
    }
}
