package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.profilelens.core.codec.JsonPointers;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Merges two edits of one array (ADR 0010). Same lengths everywhere: element by element. Otherwise each side's
 * edits are aligned against base: keeps and single-side changes apply, changes on both sides merge recursively,
 * a delete against a change is a conflict; elements both sides inserted at the same place are kept once each
 * (theirs first, then mine's that theirs lacks), so two added items both survive and an identical add is not doubled.
 */
final class ArrayMerge {
    private final ThreeWayMerge owner;
    private final String path;

    ArrayMerge(ThreeWayMerge owner, String path) {
        this.owner = owner;
        this.path = path;
    }

    ArrayNode merge(ArrayNode base, ArrayNode mine, ArrayNode theirs) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (base.size() == mine.size() && base.size() == theirs.size()) {
            for (int i = 0; i < base.size(); i++) {
                add(out, owner.node(JsonPointers.child(path, i), base.get(i), mine.get(i), theirs.get(i)));
            }
            return out;
        }
        SideEdits m = SideEdits.of(base, mine);
        SideEdits t = SideEdits.of(base, theirs);
        for (int i = 0; i <= base.size(); i++) {
            inserts(out, m.inserts.get(i), t.inserts.get(i));
            if (i < base.size()) {
                element(out, base, i, m, t);
            }
        }
        return out;
    }

    private void element(ArrayNode out, ArrayNode base, int i, SideEdits m, SideEdits t) {
        int sm = m.state[i];
        int st = t.state[i];
        if (sm == SideEdits.DELETED && st == SideEdits.MODIFIED
                || sm == SideEdits.MODIFIED && st == SideEdits.DELETED) {
            @Nullable JsonNode mineValue = sm == SideEdits.DELETED ? null : m.modified[i];
            @Nullable JsonNode theirsValue = st == SideEdits.DELETED ? null : t.modified[i];
            add(out, owner.conflict(JsonPointers.child(path, out.size()), base.get(i), mineValue, theirsValue));
        } else if (sm != SideEdits.DELETED && st != SideEdits.DELETED) {
            add(out, owner.node(JsonPointers.child(path, out.size()), base.get(i), m.valueAt(base, i),
                    t.valueAt(base, i)));
        }
    }

    private static void inserts(ArrayNode out, List<JsonNode> mine, List<JsonNode> theirs) {
        for (JsonNode n : theirs) {
            out.add(n.deepCopy());
        }
        for (JsonNode n : mine) {
            if (theirs.stream().noneMatch(x -> JsonEquals.equal(x, n))) {
                out.add(n.deepCopy());
            }
        }
    }

    private static void add(ArrayNode out, @Nullable JsonNode value) {
        if (value != null) {
            out.add(value);
        }
    }
}
