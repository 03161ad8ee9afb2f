package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.ProfileCodec;
import java.util.Objects;

/**
 * Replaces a missing, placeholder or corrupt value as a whole. What belongs to the libraries is never taken from the
 * new value: the mailbox ({@code GlobalUpdates}) stays as stored when the latest value has a readable one, and no
 * session lock ({@code ActiveSession}, {@code ForceLoadSession}) is planted.
 */
public record ReplaceValue(JsonNode value) implements Intent {
    public ReplaceValue {
        Objects.requireNonNull(value, "value");
        value = value.deepCopy();
    }

    @Override
    public String path() {
        return "";
    }

    @Override
    public Change apply(Document doc) {
        JsonNode before = doc.root();
        JsonNode next = value.deepCopy();
        if (next instanceof ObjectNode obj) {
            JsonNode meta = obj.get("MetaData");
            if (meta instanceof ObjectNode m) {
                m.remove("ActiveSession");
                m.remove("ForceLoadSession");
            }
            JsonNode box = before.get("GlobalUpdates");
            if (box != null && ProfileCodec.readMailbox(box) != null) {
                obj.set("GlobalUpdates", box.deepCopy());
            }
        }
        doc.replace(next);
        return new Change(this, before.isMissingNode() || before.isNull() ? null : before, next);
    }

    @Override
    public String describe() {
        return "replace the whole value";
    }

    @Override
    public String kind() {
        return "replace";
    }
}
