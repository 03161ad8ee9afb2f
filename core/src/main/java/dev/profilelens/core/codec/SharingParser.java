package dev.profilelens.core.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses JSON text into what {@code SharedNodes.share(RobloxJson.parse(text), earlier)} gives, without building the
 * parts it shares (ADR 0255). The editor parses its whole text at each typing pause; parsed whole, a 1 MB value was
 * some 13 MB of new nodes, live until the parse ended, and a young collection during it copied them (30-45 ms).
 * Here each part is read beside the earlier value at the same place: a leaf equal to the earlier one is the earlier
 * one, and a table or array is made only once it differs (by a member's name, value or position, or its size), with
 * the members before the difference taken from the earlier one. An unchanged text thus makes no node at all.
 *
 * <p>On any failure (bad JSON, too deep) it parses again the plain way, which throws the usual error with its line
 * and column: this parser never has errors of its own.
 */
public final class SharingParser {
    private final JsonParser p;
    private final SharedLeaves leaves = new SharedLeaves();

    private SharingParser(JsonParser p) {
        this.p = p;
    }

    /** The value of {@code text}, sharing with {@code earlier} each part that is equal at the same place. */
    public static JsonNode parse(String text, @Nullable JsonNode earlier) {
        if (earlier == null) {
            return RobloxJson.parse(text);
        }
        try (JsonParser p = RobloxJson.FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != null) {
                JsonNode root = new SharingParser(p).value(t, earlier, 0);
                if (p.nextToken() == null) {
                    return root;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the plain parse below says what is wrong, and where
        }
        return SharedNodes.share(RobloxJson.parse(text), earlier);
    }

    private JsonNode value(JsonToken t, @Nullable JsonNode earlier, int depth) throws IOException {
        if (depth == NestingLimit.MAX_DEPTH && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
            throw new IOException("nested too deep");
        }
        return switch (t) {
            case START_OBJECT -> object(earlier instanceof ObjectNode o ? o : null, depth);
            case START_ARRAY -> array(earlier instanceof ArrayNode a ? a : null, depth);
            case VALUE_STRING -> earlier instanceof TextNode e && sameText(e.textValue())
                    ? e : leaves.text(p.getText());
            case VALUE_NUMBER_INT -> leaf(RobloxJson.readInteger(p), earlier);
            case VALUE_NUMBER_FLOAT -> leaf(RobloxJson.readFraction(p), earlier);
            case VALUE_TRUE -> leaf(BooleanNode.TRUE, earlier);
            case VALUE_FALSE -> leaf(BooleanNode.FALSE, earlier);
            case VALUE_NULL -> leaf(NullNode.instance, earlier);
            default -> throw new IOException("unexpected token " + t);
        };
    }

    private static JsonNode leaf(JsonNode fresh, @Nullable JsonNode earlier) {
        return earlier != null && fresh.equals(earlier) ? earlier : fresh;
    }

    /** True when the current string token is {@code s}, compared in the parser's buffer (no string made). */
    private boolean sameText(String s) throws IOException {
        int length = p.getTextLength();
        if (length != s.length()) {
            return false;
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private JsonNode object(@Nullable ObjectNode earlier, int depth) throws IOException {
        Iterator<Map.Entry<String, JsonNode>> was = earlier == null ? null : earlier.fields();
        ObjectNode made = null;
        int same = 0; // while nothing is made: the members so far are the earlier table's first ones, in order
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonNode v = value(p.nextToken(), earlier == null ? null : earlier.get(name), depth + 1);
            if (made == null) {
                Map.Entry<String, JsonNode> e = was != null && was.hasNext() ? was.next() : null;
                if (e != null && e.getKey().equals(name) && e.getValue() == v) {
                    same++;
                    continue;
                }
                made = firstMembers(earlier, same);
            }
            if (made.replace(name, v) != null) {
                throw new IOException("duplicate field " + name);
            }
        }
        if (made == null) {
            return earlier != null && same == earlier.size() ? earlier : firstMembers(earlier, same);
        }
        return made;
    }

    private static ObjectNode firstMembers(@Nullable ObjectNode earlier, int count) {
        ObjectNode made = new ObjectNode(RobloxJson.nodes(), new TableMembers(Math.max(4, count + 1)));
        Iterator<Map.Entry<String, JsonNode>> it = earlier == null ? null : earlier.fields();
        for (int i = 0; i < count && it != null; i++) {
            Map.Entry<String, JsonNode> e = it.next();
            made.set(e.getKey(), e.getValue());
        }
        return made;
    }

    private JsonNode array(@Nullable ArrayNode earlier, int depth) throws IOException {
        ArrayNode made = null;
        int count = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            JsonNode was = earlier != null && count < earlier.size() ? earlier.get(count) : null;
            JsonNode v = value(t, was, depth + 1);
            if (made == null && (v != was || was == null)) {
                made = firstItems(earlier, count);
            }
            if (made != null) {
                made.add(v);
            }
            count++;
        }
        if (made == null) {
            return earlier != null && count == earlier.size() ? earlier : firstItems(earlier, count);
        }
        return made;
    }

    private static ArrayNode firstItems(@Nullable ArrayNode earlier, int count) {
        ArrayNode made = RobloxJson.nodes().arrayNode(Math.max(count, 4));
        for (int i = 0; i < count && earlier != null; i++) {
            made.add(earlier.get(i));
        }
        return made;
    }
}
