package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.diff.JsonEquals;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Sets the value at a path (an object member, created if absent, or an existing array element). With
 * {@code expected} (the value as it was read; a missing node for "was absent") the set refuses to overwrite a value
 * someone else changed meanwhile, unless they already set the same value; without it the set is unconditional.
 */
public record SetValue(String path, JsonNode value, @Nullable JsonNode expected) implements Intent {
    public SetValue {
        Pointer.check(path, false);
        Objects.requireNonNull(value, "value");
        value = value.deepCopy();
    }

    public static SetValue of(String path, JsonNode value) {
        return new SetValue(path, value, null);
    }

    @Override
    public Change apply(Document doc) {
        JsonNode parent = Pointer.get(doc.root(), Pointer.parent(path));
        String name = Pointer.last(path);
        if (parent == null) {
            throw Failures.gone(this, doc, Pointer.parent(path));
        }
        JsonNode now = Pointer.step(parent, name);
        if (expected != null && !sameAsRead(now) && !JsonEquals.equal(now, value)) {
            throw Failures.changed(this, now);
        }
        if (parent instanceof ObjectNode obj) {
            obj.set(name, doc.adopt(value));
        } else if (parent instanceof ArrayNode arr && now != null) {
            arr.set(Pointer.index(arr, name), doc.adopt(value));
        } else {
            throw parent.isArray() ? Failures.gone(this, doc, path) : Failures.type(this, Pointer.parent(path), parent,
                    "a table");
        }
        return new Change(this, now, value);
    }

    private boolean sameAsRead(@Nullable JsonNode now) {
        boolean wasAbsent = expected == null || expected.isMissingNode();
        return wasAbsent ? now == null : JsonEquals.equal(now, expected);
    }

    @Override
    public String describe() {
        return "set " + Change.text(value);
    }

    @Override
    public String kind() {
        return "set";
    }
}
