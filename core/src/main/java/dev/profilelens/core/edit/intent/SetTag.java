package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.JsonPointers;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.error.InvalidInputException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Sets a MetaTag ({@code MetaData.MetaTags[name]}), creating the table when it is stored empty. {@code expected}
 * works as in {@link SetValue}.
 */
public record SetTag(String name, JsonNode value, @Nullable JsonNode expected) implements Intent {
    static final String TAGS = "/MetaData/MetaTags";

    public SetTag {
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("A MetaTag needs a non-empty name", TAGS);
        }
        Objects.requireNonNull(value, "value");
        value = value.deepCopy();
    }

    public static SetTag of(String name, JsonNode value) {
        return new SetTag(name, value, null);
    }

    @Override
    public String path() {
        return JsonPointers.child(TAGS, name);
    }

    @Override
    public Change apply(Document doc) {
        ObjectNode tags = tags(this, doc);
        JsonNode now = tags.get(name);
        boolean unchanged = expected == null || (expected.isMissingNode() ? now == null
                : JsonEquals.equal(now, expected));
        if (!unchanged && !JsonEquals.equal(now, value)) {
            throw Failures.changed(this, now);
        }
        tags.set(name, value.deepCopy());
        return new Change(this, now, value);
    }

    /** The MetaTags table of a profile, turned into an object when stored as an empty array. */
    static ObjectNode tags(Intent i, Document doc) {
        JsonNode meta = doc.root().get("MetaData");
        if (!(meta instanceof ObjectNode m)) {
            throw Failures.gone(i, "/MetaData");
        }
        JsonNode tags = m.get("MetaTags");
        if (tags == null || (tags.isArray() && tags.isEmpty())) {
            return m.putObject("MetaTags");
        }
        if (!(tags instanceof ObjectNode t)) {
            throw Failures.type(i, TAGS, tags, "a table");
        }
        return t;
    }

    @Override
    public String describe() {
        return "tag " + Change.text(value);
    }

    @Override
    public String kind() {
        return "tag";
    }
}
