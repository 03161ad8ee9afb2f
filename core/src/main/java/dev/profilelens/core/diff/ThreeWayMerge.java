package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Three-way merge of JSON trees (ADR 0010). At every place: equal sides agree; a side equal to base yields the
 * other; two objects merge member by member (theirs' member order, then members only mine added); two arrays merge
 * element by element ({@link ArrayMerge}); anything else is a {@link Conflict}, left as theirs in the result.
 */
public final class ThreeWayMerge {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final List<Conflict> conflicts = new ArrayList<>();

    private ThreeWayMerge() {
    }

    public static MergeResult merge(JsonNode base, JsonNode mine, JsonNode theirs) {
        ThreeWayMerge m = new ThreeWayMerge();
        JsonNode merged = m.node("", base, mine, theirs);
        return new MergeResult(merged == null ? NODES.nullNode() : merged, m.conflicts);
    }

    /** Merges one place; {@code null} means absent (and a {@code null} result means the member is removed). */
    @Nullable JsonNode node(String path, @Nullable JsonNode base, @Nullable JsonNode mine, @Nullable JsonNode theirs) {
        if (JsonEquals.equal(mine, theirs)) {
            return copy(theirs);
        }
        if (JsonEquals.equal(base, mine)) {
            return copy(theirs);
        }
        if (JsonEquals.equal(base, theirs)) {
            return copy(mine);
        }
        if (base != null && mine != null && theirs != null) {
            if (base.isObject() && mine.isObject() && theirs.isObject()) {
                return object(path, base, mine, theirs);
            }
            if (base.isArray() && mine.isArray() && theirs.isArray()) {
                return new ArrayMerge(this, path).merge((ArrayNode) base, (ArrayNode) mine, (ArrayNode) theirs);
            }
        }
        return conflict(path, base, mine, theirs);
    }

    @Nullable JsonNode conflict(String path, @Nullable JsonNode base, @Nullable JsonNode mine,
            @Nullable JsonNode theirs) {
        conflicts.add(new Conflict(path, copy(base), copy(mine), copy(theirs)));
        return copy(theirs);
    }

    private JsonNode object(String path, JsonNode base, JsonNode mine, JsonNode theirs) {
        Set<String> keys = new LinkedHashSet<>();
        theirs.fieldNames().forEachRemaining(keys::add);
        mine.fieldNames().forEachRemaining(keys::add);
        base.fieldNames().forEachRemaining(keys::add);
        ObjectNode out = NODES.objectNode();
        Iterator<String> it = keys.iterator();
        while (it.hasNext()) {
            String key = it.next();
            JsonNode merged = node(JsonPointers.child(path, key), base.get(key), mine.get(key), theirs.get(key));
            if (merged != null) {
                out.set(key, merged);
            }
        }
        return out;
    }

    private static @Nullable JsonNode copy(@Nullable JsonNode n) {
        return n == null ? null : n.deepCopy();
    }
}
