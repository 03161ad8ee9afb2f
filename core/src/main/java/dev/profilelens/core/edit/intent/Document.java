package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The value intents are applied to; a whole-value intent replaces the root. Not thread-safe. A document made with
 * {@link #copyOnWrite} shares the value it was made from and never changes it: {@link #apply} first copies (one level
 * deep) each table or array on the intent's path that is still shared, so a first edit of a 4 MB value costs a few
 * shallow copies, not a deep copy of the whole value.
 */
public final class Document {
    private JsonNode root;
    private final @Nullable Set<JsonNode> owned;

    public Document(JsonNode root) {
        this.root = Objects.requireNonNull(root, "root");
        this.owned = null;
    }

    private Document(JsonNode shared, Set<JsonNode> owned) {
        this.root = Objects.requireNonNull(shared, "shared");
        this.owned = owned;
    }

    /** A document over {@code shared} that leaves {@code shared} as it is, whatever is applied. */
    public static Document copyOnWrite(JsonNode shared) {
        return new Document(shared, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    public JsonNode root() {
        return root;
    }

    /** Applies {@code intent} (after copying what it changes, for a copy-on-write document). */
    public Change apply(Intent intent) {
        Set<JsonNode> mine = owned;
        if (mine != null) {
            own(intent.path(), mine);
        }
        return intent.apply(this);
    }

    /**
     * {@code value} as an intent places it in this document: itself in a copy-on-write document, which copies any
     * table it changes later that it does not own yet, else a deep copy, so that no later intent changes the intent's
     * own value. A set of a whole 6,000-item inventory thus costs the editor's analysis no second copy of it.
     */
    JsonNode adopt(JsonNode value) {
        return owned != null ? value : value.deepCopy();
    }

    void replace(JsonNode newRoot) {
        root = Objects.requireNonNull(newRoot, "newRoot");
    }

    private void own(String path, Set<JsonNode> mine) {
        root = owned(root, mine);
        JsonNode node = root;
        for (String token : Pointer.tokens(path)) {
            JsonNode child = Pointer.step(node, token);
            if (child == null || !child.isContainerNode()) {
                return;
            }
            JsonNode copy = owned(child, mine);
            if (copy != child) {
                if (node instanceof ObjectNode o) {
                    o.set(token, copy);
                } else {
                    ((ArrayNode) node).set(Pointer.index(node, token), copy);
                }
            }
            node = copy;
        }
    }

    private static JsonNode owned(JsonNode n, Set<JsonNode> owned) {
        if (owned.contains(n) || !n.isContainerNode()) {
            return n;
        }
        JsonNode copy;
        if (n instanceof ObjectNode o) {
            copy = o.objectNode().setAll(o);
        } else {
            copy = ((ArrayNode) n).arrayNode().addAll((ArrayNode) n);
        }
        owned.add(copy);
        return copy;
    }
}
