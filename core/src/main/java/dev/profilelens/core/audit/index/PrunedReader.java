package dev.profilelens.core.audit.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a stored value as a pruned tree: full subtrees only along the indexed paths; every other table becomes an
 * empty table of the same kind (its contents skipped without building nodes) and top-level scalars are kept. The
 * pruned tree classifies exactly like the full value (classification looks only at the top-level kinds) and holds
 * every indexed value, at a fraction of the cost of a full parse (ADR 0070).
 */
final class PrunedReader {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One level of the wanted paths; {@code keepAll} keeps the whole subtree. */
    private static final class Want {
        final Map<String, Want> children = new HashMap<>();
        boolean keepAll;
    }

    private final Want root = new Want();

    /** {@code bases}: JSON pointers whose whole subtree is wanted (patterns already stripped of {@code /*}). */
    PrunedReader(List<String> bases) {
        for (String base : bases) {
            Want w = root;
            if (!base.isEmpty()) {
                for (String raw : base.substring(1).split("/", -1)) {
                    w = w.children.computeIfAbsent(raw.replace("~1", "/").replace("~0", "~"), k -> new Want());
                }
            }
            w.keepAll = true;
        }
    }

    /** The pruned tree; throws IOException on malformed JSON. */
    JsonNode read(byte[] utf8) throws IOException {
        try (JsonParser p = FACTORY.createParser(utf8)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IOException("empty value");
            }
            JsonNode n = read(p, t, root);
            if (p.nextToken() != null) {
                throw new IOException("content after the JSON value");
            }
            return n;
        }
    }

    private static JsonNode read(JsonParser p, JsonToken t, Want want) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            ObjectNode o = NODES.objectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                o.set(name, child(p, p.nextToken(), want, name));
            }
            return o;
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode a = NODES.arrayNode();
            JsonToken e;
            int i = 0;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                a.add(child(p, e, want, Integer.toString(i++)));
            }
            return a;
        }
        return scalar(p, t);
    }

    private static JsonNode child(JsonParser p, JsonToken t, Want parent, String name) throws IOException {
        if (parent.keepAll) {
            return read(p, t, parent);
        }
        Want w = parent.children.get(name);
        if (w != null) {
            return read(p, t, w);
        }
        if (t == JsonToken.START_OBJECT) {
            p.skipChildren();
            return NODES.objectNode();
        }
        if (t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return NODES.arrayNode();
        }
        return scalar(p, t);
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IOException("unexpected token " + t);
        }
    }
}
