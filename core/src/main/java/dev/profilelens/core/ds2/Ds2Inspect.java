package dev.profilelens.core.ds2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code inspect} document (cli.md) for a DataStore2 value (ADR 0183): {@code dialect: datastore2}, {@code kind}
 * {@code profile} for a value DataStore2 would save, {@code corrupt} for one breaking its rules (mixed tables,
 * non-sequential arrays), {@code missing} for none. DataStore2 has no lock or metadata: {@code lock} and the
 * metadata fields are null. The extension object {@code datastore2} names the rule break and, for a stored player,
 * the layout, the latest backup and the unindexed newest save.
 */
public final class Ds2Inspect {
    private static final JsonNodeFactory N = RobloxJson.nodes();

    private Ds2Inspect() {
    }

    /** A value given as bytes (a file): empty bytes are {@code missing}. */
    public static ObjectNode ofValue(byte[] stored) {
        if (new String(stored, StandardCharsets.UTF_8).isBlank()) {
            return base("missing", null, 0, List.of(), N.objectNode());
        }
        JsonNode v = RobloxJson.parse(stored);
        ObjectNode ext = N.objectNode();
        String kind = rules(v, ext);
        return base(kind, v, stored.length, List.of(), ext);
    }

    /** A stored player, as the reader found it. */
    public static ObjectNode ofPlayer(Ds2Player p) {
        ObjectNode ext = N.objectNode();
        ext.put("address", p.address().toString());
        ext.put("layout", p.layout().jsonName());
        ext.set("latestBackup", p.latestBackup() == null ? N.nullNode() : N.numberNode(p.latestBackup()));
        ext.set("saved", p.latest() == null ? N.nullNode() : N.textNode(p.latest().updated().toString()));
        ext.set("unindexedBackup", p.unindexed() == null || p.latestBackup() == null ? N.nullNode()
                : N.numberNode(p.latestBackup() + 1));
        ext.set("readOnly", p.readOnly() == null ? N.nullNode() : N.textNode(p.readOnly()));
        if (p.latest() == null) {
            return base("missing", null, 0, List.of(), ext);
        }
        JsonNode v;
        try {
            v = RobloxJson.parse(p.latest().value());
        } catch (InvalidInputException e) {
            ext.put("rulesBreak", e.userMessage());
            return base("corrupt", null, p.latest().sizeBytes(), p.latest().userIds(), ext);
        }
        String kind = rules(v, ext);
        return base(kind, v, p.latest().sizeBytes(), p.latest().userIds(), ext);
    }

    private static String rules(JsonNode v, ObjectNode ext) {
        Optional<Ds2Rules.Break> b = Ds2Rules.check(v);
        ext.set("rulesBreak", b.<JsonNode>map(x -> N.objectNode().put("path", x.path()).put("problem", x.problem()))
                .orElse(N.nullNode()));
        ext.set("sections", sections(v));
        return b.isPresent() ? "corrupt" : "profile";
    }

    private static JsonNode sections(JsonNode v) {
        var a = N.arrayNode();
        if (v.isObject()) {
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                a.add(e.getKey());
            }
        }
        return a;
    }

    private static ObjectNode base(String kind, @Nullable JsonNode v, int size, List<Long> userIds, ObjectNode ext) {
        ObjectNode o = N.objectNode();
        o.put("kind", kind);
        o.put("dialect", Dialect.DATASTORE2.jsonName());
        o.putNull("lock");
        o.putNull("sessionLoadCount");
        o.putNull("profileCreateTime");
        o.putNull("lastUpdate");
        o.putNull("metaTags");
        o.putNull("globalUpdates");
        if (userIds.isEmpty()) {
            o.putNull("userIds");
        } else {
            var ids = o.putArray("userIds");
            userIds.forEach(ids::add);
        }
        o.putNull("robloxMetaData");
        o.put("sizeBytes", size);
        o.putNull("wasCorrupted");
        o.putNull("wasOverwritten");
        o.set("datastore2", ext);
        return o;
    }
}
