package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Opaque page cursors: base64 of a small JSON object, bound to the query that produced them. */
final class Cursors {
    private static final String EMPTY_START = "\u0001start";

    private Cursors() {
    }

    static String encode(String query, @Nullable String inner) {
        String json = "{\"v\":1,\"q\":" + quote(query) + ",\"c\":" + (inner == null ? quote(EMPTY_START)
                : quote(inner)) + "}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The source cursor inside, or null for "from the start"; throws for a foreign or damaged cursor. */
    static @Nullable String decode(String query, String cursor) {
        String json;
        try {
            json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid cursor.");
        }
        var node = parse(json);
        if (node == null || !query.equals(node.path("q").asText(null))) {
            throw new IllegalArgumentException("Invalid cursor.");
        }
        String inner = node.path("c").asText();
        return EMPTY_START.equals(inner) ? null : inner;
    }

    private static com.fasterxml.jackson.databind.@Nullable JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    private static String quote(String s) {
        return TextNode.valueOf(s).toString();
    }
}
