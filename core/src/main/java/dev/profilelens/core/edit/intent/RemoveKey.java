package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Removes a member of a table. Fails when it is already gone (someone else removed it). */
public record RemoveKey(String path) implements Intent {
    public RemoveKey {
        Pointer.check(path, false);
    }

    @Override
    public Change apply(Document doc) {
        JsonNode parent = Pointer.get(doc.root(), Pointer.parent(path));
        if (!(parent instanceof ObjectNode obj)) {
            throw parent == null ? Failures.gone(this, doc, Pointer.parent(path))
                    : Failures.type(this, Pointer.parent(path), parent, "a table (use remove-item for arrays)");
        }
        JsonNode was = obj.remove(Pointer.last(path));
        if (was == null) {
            throw Failures.gone(this, doc, path);
        }
        return new Change(this, was, null);
    }

    @Override
    public String describe() {
        return "remove";
    }

    @Override
    public String kind() {
        return "remove";
    }
}
