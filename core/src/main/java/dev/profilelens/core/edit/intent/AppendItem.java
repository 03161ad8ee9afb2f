package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** Appends an item to the array at a path (an empty table stored as {@code {}} counts as an empty array). */
public record AppendItem(String path, JsonNode item) implements Intent {
    public AppendItem {
        Pointer.check(path, false);
        Objects.requireNonNull(item, "item");
        item = item.deepCopy();
    }

    @Override
    public Change apply(Document doc) {
        JsonNode parent = Pointer.get(doc.root(), Pointer.parent(path));
        JsonNode now = parent == null ? null : Pointer.step(parent, Pointer.last(path));
        if (now == null) {
            throw Failures.gone(this, doc, path);
        }
        ArrayNode array;
        if (now instanceof ArrayNode a) {
            array = a;
        } else if (now.isObject() && now.isEmpty() && parent instanceof ObjectNode obj) {
            array = obj.putArray(Pointer.last(path));
        } else {
            throw Failures.type(this, path, now, "an array");
        }
        array.add(doc.adopt(item));
        return new Change(this, null, item);
    }

    @Override
    public String describe() {
        return "append " + Change.text(item);
    }

    @Override
    public String kind() {
        return "append";
    }
}
