package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A freshly parsed value made to share each part it has in common with an earlier value at the same place (ADR 0253).
 * The editor parses its whole text at every typing pause; a key typed into a 1 MB value changes one item, yet each
 * parse is a new tree of some 13 MB that the editor keeps until the next one, and the collector copied it at each
 * young collection. Shared, the new tree is the earlier one but for the tables on the changed path.
 *
 * <p>Parts are matched by key and by position; a leaf is shared when it is equal by Jackson's {@code equals} (same
 * type and value, {@code -0.0} apart from {@code 0}), a table or array when it has the same members in the same order
 * and each of them is shared. Trees are read, never changed, once made (an edit replaces a node), so sharing cannot
 * be seen. {@code fresh} is changed in place and must not be shared with anything yet.
 */
public final class SharedNodes {
    private SharedNodes() {
    }

    /** {@code fresh}, or {@code earlier} itself when they are equal, with every common part taken from earlier. */
    public static JsonNode share(JsonNode fresh, @Nullable JsonNode earlier) {
        if (earlier == null || fresh == earlier) {
            return fresh;
        }
        if (fresh instanceof ObjectNode f) {
            return earlier instanceof ObjectNode e ? object(f, e) : fresh;
        }
        if (fresh instanceof ArrayNode f) {
            return earlier instanceof ArrayNode e ? array(f, e) : fresh;
        }
        return fresh.equals(earlier) ? earlier : fresh;
    }

    private static JsonNode object(ObjectNode fresh, ObjectNode earlier) {
        boolean same = fresh.size() == earlier.size();
        Iterator<Map.Entry<String, JsonNode>> old = earlier.fields();
        for (Iterator<Map.Entry<String, JsonNode>> it = fresh.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode shared = share(member.getValue(), earlier.get(member.getKey()));
            if (shared != member.getValue()) {
                member.setValue(shared);
            }
            if (same) {
                Map.Entry<String, JsonNode> was = old.next();
                same = was.getKey().equals(member.getKey()) && was.getValue() == shared;
            }
        }
        return same ? earlier : fresh;
    }

    private static JsonNode array(ArrayNode fresh, ArrayNode earlier) {
        boolean same = fresh.size() == earlier.size();
        for (int i = 0; i < fresh.size(); i++) {
            JsonNode item = fresh.get(i);
            JsonNode was = i < earlier.size() ? earlier.get(i) : null;
            JsonNode shared = share(item, was);
            if (shared != item) {
                fresh.set(i, shared);
            }
            same &= shared == was;
        }
        return same ? earlier : fresh;
    }
}
