package dev.profilelens.core.audit.index;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stored value as a pruned tree: full subtrees only along the indexed paths; every other table becomes an
 * empty table of the same kind (its contents skipped without building nodes) and top-level scalars are kept. The
 * pruned tree classifies exactly like the full value (classification looks only at the top-level kinds) and holds
 * every indexed value, at a fraction of the cost of a full parse (ADR 0070). The reading itself is the codec's
 * ({@link RobloxJson#parsePruned}), so the index and the editor read every value by one set of rules.
 */
final class PrunedReader {
    /** One level of the wanted paths; {@code keepAll} keeps the whole subtree. */
    private static final class Want implements RobloxJson.Prune {
        final Map<String, Want> children = new HashMap<>();
        boolean keepAll;

        @Override
        public RobloxJson.@Nullable Prune member(String name) {
            Want w = children.get(name);
            return w == null ? null : w.keepAll ? RobloxJson.Prune.ALL : w;
        }
    }

    private final RobloxJson.Prune root;

    /** {@code bases}: JSON pointers whose whole subtree is wanted (patterns already stripped of {@code /*}). */
    PrunedReader(List<String> bases) {
        Want top = new Want();
        for (String base : bases) {
            Want w = top;
            if (!base.isEmpty()) {
                for (String raw : base.substring(1).split("/", -1)) {
                    w = w.children.computeIfAbsent(raw.replace("~1", "/").replace("~0", "~"), k -> new Want());
                }
            }
            w.keepAll = true;
        }
        this.root = top.keepAll ? RobloxJson.Prune.ALL : top;
    }

    /** The pruned tree; throws {@link InvalidInputException} on a value the codec would not read either. */
    JsonNode read(byte[] utf8) {
        return RobloxJson.parsePruned(utf8, root);
    }
}
