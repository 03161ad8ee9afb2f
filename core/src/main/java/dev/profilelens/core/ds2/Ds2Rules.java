package dev.profilelens.core.ds2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.JsonPointers;
import java.util.Map;
import java.util.Optional;

/**
 * DataStore2's own value rules ({@code Verifier.testValidity}, datastore2.md §1.7) as they show in stored JSON: a
 * table whose keys are partly array indexes and partly names (mixed), or array indexes that do not run 1..n
 * (non-sequential). The first break is returned with its JSON pointer; such a value is shown read-only.
 */
public final class Ds2Rules {
    private Ds2Rules() {
    }

    /** A break of the rules: what and where. */
    public record Break(String problem, String path) {
    }

    public static Optional<Break> check(JsonNode value) {
        return walk(value, "");
    }

    private static Optional<Break> walk(JsonNode n, String path) {
        if (n.isObject() && !n.isEmpty()) {
            int numeric = 0;
            for (var it = n.fieldNames(); it.hasNext();) {
                if (it.next().matches("-?\\d+(\\.\\d+)?")) {
                    numeric++;
                }
            }
            if (numeric > 0 && numeric < n.size()) {
                return Optional.of(new Break("mixed table: array indexes and names in one table", path));
            }
            if (numeric == n.size()) {
                for (int i = 1; i <= n.size(); i++) {
                    if (!n.has(Integer.toString(i))) {
                        return Optional.of(new Break("non-sequential array: index " + i + " is missing", path));
                    }
                }
            }
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                Optional<Break> b = walk(e.getValue(), JsonPointers.child(path, e.getKey()));
                if (b.isPresent()) {
                    return b;
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                Optional<Break> b = walk(n.get(i), JsonPointers.child(path, i));
                if (b.isPresent()) {
                    return b;
                }
            }
        }
        return Optional.empty();
    }
}
