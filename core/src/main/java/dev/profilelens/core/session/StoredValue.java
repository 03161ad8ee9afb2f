package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The start and end every library transform shares (spec §1.4): classify the stored value, rebuild missing,
 * placeholder and corrupt values as a fresh table holding only the mailbox, and set the dialect's flag.
 */
final class StoredValue {
    final ObjectNode value;
    final Kind kind;
    final boolean missing;
    final boolean corrupt;

    private StoredValue(ObjectNode value, Kind kind) {
        this.value = value;
        this.kind = kind;
        this.missing = kind != Kind.PROFILE;
        this.corrupt = kind == Kind.CORRUPT;
    }

    static StoredValue prepare(@Nullable JsonNode stored, Dialect dialect) {
        Kind kind = ProfileCodec.classify(stored);
        ObjectNode out;
        if (kind == Kind.PROFILE) {
            out = ((ObjectNode) Objects.requireNonNull(stored, "a profile was read")).deepCopy();
            out.put(dialect.corruptionFlag(), false);
        } else {
            out = RobloxJson.nodes().objectNode();
            ArrayNode box = kind == Kind.PLACEHOLDER
                    ? (ArrayNode) Objects.requireNonNull(stored, "a placeholder was read").get("GlobalUpdates")
                            .deepCopy()
                    : RobloxJson.nodes().arrayNode().add(0).add(RobloxJson.nodes().arrayNode());
            out.set("GlobalUpdates", box);
        }
        return new StoredValue(out, kind);
    }

    /** The value to write: a replaced corrupt value carries the flag {@code true}. */
    ObjectNode finish(Dialect dialect) {
        if (corrupt) {
            value.put(dialect.corruptionFlag(), true);
        }
        return value;
    }

    /** {@code MetaData} as an object ({@code []} read as an empty map). */
    ObjectNode meta() {
        return object(value, "MetaData");
    }

    /** The entry list {@code GlobalUpdates[2]}; null when the mailbox is malformed. */
    @Nullable ArrayNode entries() {
        JsonNode gu = value.get("GlobalUpdates");
        return gu != null && gu.isArray() && gu.size() >= 2 && gu.get(1).isArray() ? (ArrayNode) gu.get(1) : null;
    }

    /** The child object {@code name}, replacing an empty array (Lua's empty table) with an object. */
    static ObjectNode object(ObjectNode parent, String name) {
        JsonNode n = parent.get(name);
        if (n instanceof ObjectNode o) {
            return o;
        }
        return parent.putObject(name);
    }
}
