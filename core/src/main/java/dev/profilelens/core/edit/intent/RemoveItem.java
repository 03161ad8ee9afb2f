package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Objects;

/** Removes the one element of the array at a path that the match identifies; none or several is a failure. */
public record RemoveItem(String path, ItemMatch match) implements Intent {
    public RemoveItem {
        Pointer.check(path, false);
        Objects.requireNonNull(match, "match");
    }

    @Override
    public Change apply(Document doc) {
        JsonNode now = Pointer.get(doc.root(), path);
        if (now == null) {
            throw Failures.gone(this, doc, path);
        }
        if (!(now instanceof ArrayNode array)) {
            if (now.isObject() && now.isEmpty()) {
                throw Failures.items(this, 0, now);
            }
            throw Failures.type(this, path, now, "an array");
        }
        int at = -1;
        int count = 0;
        for (int i = 0; i < array.size(); i++) {
            if (match.matches(array.get(i))) {
                at = i;
                count++;
            }
        }
        if (count != 1) {
            throw Failures.items(this, count, array);
        }
        return new Change(this, array.remove(at), null);
    }

    @Override
    public String describe() {
        return "remove item " + match.describe();
    }

    @Override
    public String kind() {
        return "remove-item";
    }
}
