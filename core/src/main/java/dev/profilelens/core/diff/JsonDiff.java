package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Structural diff producing an RFC 6902 patch (ADR 0010). Objects are compared member by member; arrays element by
 * element: equal leading and trailing elements are skipped, the middle is aligned on equal elements (LCS, bounded)
 * and unaligned elements are diffed in place, added or removed. Only {@code add}, {@code remove} and
 * {@code replace} are emitted, with indices valid for sequential application.
 */
public final class JsonDiff {
    /** Above this many cells the middle of two arrays is paired by position instead of aligned by LCS. */
    static final long LCS_CELL_LIMIT = 4_000_000L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ArrayNode ops = NODES.arrayNode();

    private JsonDiff() {
    }

    /** The patch turning {@code source} into {@code target}; an empty array when they are equal. */
    public static ArrayNode diff(JsonNode source, JsonNode target) {
        JsonDiff d = new JsonDiff();
        d.node("", source, target);
        return d.ops;
    }

    /** The JSON pointers that the patch from {@code source} to {@code target} touches, in patch order. */
    public static List<String> changedPaths(JsonNode source, JsonNode target) {
        ArrayNode patch = diff(source, target);
        List<String> paths = new ArrayList<>(patch.size());
        for (JsonNode op : patch) {
            paths.add(op.get("path").asText());
        }
        return paths;
    }

    private void node(String path, JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            object(path, a, b);
        } else if (a.isArray() && b.isArray()) {
            array(path, (ArrayNode) a, (ArrayNode) b);
        } else if (!JsonEquals.equal(a, b)) {
            op("replace", path).set("value", b.deepCopy());
        }
    }

    private void object(String path, JsonNode a, JsonNode b) {
        Iterator<Map.Entry<String, JsonNode>> it = a.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode other = b.get(e.getKey());
            String child = JsonPointers.child(path, e.getKey());
            if (other == null) {
                op("remove", child);
            } else {
                node(child, e.getValue(), other);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> added = b.fields();
        while (added.hasNext()) {
            Map.Entry<String, JsonNode> e = added.next();
            if (!a.has(e.getKey())) {
                op("add", JsonPointers.child(path, e.getKey())).set("value", e.getValue().deepCopy());
            }
        }
    }

    private void array(String path, ArrayNode a, ArrayNode b) {
        int n = a.size();
        int m = b.size();
        if (n == m) {
            for (int i = 0; i < n; i++) {
                node(JsonPointers.child(path, i), a.get(i), b.get(i));
            }
            return;
        }
        int start = 0;
        while (start < n && start < m && JsonEquals.equal(a.get(start), b.get(start))) {
            start++;
        }
        int endA = n;
        int endB = m;
        while (endA > start && endB > start && JsonEquals.equal(a.get(endA - 1), b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<int[]> matches = ArrayAlignment.align(a, start, endA, b, start, endB, LCS_CELL_LIMIT);
        int index = start;
        int i = start;
        int j = start;
        for (int[] match : matches) {
            index = gap(path, index, a, i, match[0], b, j, match[1]);
            i = match[0] + 1;
            j = match[1] + 1;
            index++;
        }
        gap(path, index, a, i, endA, b, j, endB);
    }

    /** Emits ops turning a[i, endA) into b[j, endB) at the current index; returns the index after the gap. */
    private int gap(String path, int index, ArrayNode a, int i, int endA, ArrayNode b, int j, int endB) {
        int paired = Math.min(endA - i, endB - j);
        for (int k = 0; k < paired; k++) {
            node(JsonPointers.child(path, index), a.get(i + k), b.get(j + k));
            index++;
        }
        for (int k = i + paired; k < endA; k++) {
            op("remove", JsonPointers.child(path, index));
        }
        for (int k = j + paired; k < endB; k++) {
            op("add", JsonPointers.child(path, index)).set("value", b.get(k).deepCopy());
            index++;
        }
        return index;
    }

    private ObjectNode op(String name, String path) {
        ObjectNode op = ops.addObject();
        op.put("op", name);
        op.put("path", path);
        return op;
    }
}
