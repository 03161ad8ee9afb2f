package dev.profilelens.core.restore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * JSON Pointer (RFC 6901) navigation for restores. An empty array is Roblox's form of an empty table, so it is
 * treated as an empty object when a key is set in it.
 */
final class RestorePaths {
    private RestorePaths() {
    }

    static List<String> parse(String path) {
        if (path.isEmpty()) {
            return List.of();
        }
        if (!path.startsWith("/")) {
            throw new InvalidInputException("a path must be a JSON Pointer starting with /, e.g. /Data/Coins", path);
        }
        List<String> out = new ArrayList<>();
        for (String raw : path.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    static @Nullable JsonNode at(JsonNode root, List<String> tokens) {
        JsonNode n = root;
        for (String t : tokens) {
            n = child(n, t);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    private static @Nullable JsonNode child(JsonNode n, String token) {
        if (n.isObject()) {
            return n.get(token);
        }
        if (n.isArray()) {
            int i = index(token);
            return i >= 0 && i < n.size() ? n.get(i) : null;
        }
        return null;
    }

    private static int index(String token) {
        if (token.isEmpty() || token.length() > 9 || !token.chars().allMatch(Character::isDigit)
                || (token.length() > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        return Integer.parseInt(token);
    }

    static void remove(ObjectNode root, List<String> tokens) {
        JsonNode parent = at(root, tokens.subList(0, tokens.size() - 1));
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.remove(last);
        } else if (parent instanceof ArrayNode a) {
            int i = index(last);
            if (i >= 0 && i < a.size()) {
                a.remove(i);
            }
        }
    }

    static void set(ObjectNode root, List<String> tokens, JsonNode value, String path) {
        JsonNode parent = root;
        for (int i = 0; i < tokens.size() - 1; i++) {
            JsonNode next = child(parent, tokens.get(i));
            if (next == null || next.isArray() && next.isEmpty() && index(tokens.get(i + 1)) < 0) {
                next = RobloxJson.nodes().objectNode();
                put(parent, tokens.get(i), next, path);
            } else if (!next.isContainerNode()) {
                throw new InvalidInputException("cannot restore " + path + ": " + tokens.get(i)
                        + " is not a table in the current value", path);
            }
            parent = next;
        }
        put(parent, tokens.get(tokens.size() - 1), value, path);
    }

    private static void put(JsonNode parent, String token, JsonNode value, String path) {
        if (parent instanceof ObjectNode o) {
            o.set(token, value);
            return;
        }
        ArrayNode a = (ArrayNode) parent;
        int i = index(token);
        if (i >= 0 && i < a.size()) {
            a.set(i, value);
        } else if (i == a.size()) {
            a.add(value);
        } else {
            throw new InvalidInputException("cannot restore " + path + ": index " + token
                    + " would leave a gap in the array (Roblox arrays cannot be sparse)", path);
        }
    }
}
