package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * RFC 6901 JSON Pointer navigation for intents: objects by member name, arrays by decimal index or by an item
 * selector {@code [Field=json]} (the one element whose id-like field has that value; see {@link ItemPaths}).
 */
final class Pointer {
    private Pointer() {
    }

    /** Checks the syntax; {@code allowRoot} admits {@code ""} (the whole value). */
    static String check(String path, boolean allowRoot) {
        if (path.isEmpty() && allowRoot) {
            return path;
        }
        if (path.isEmpty() || path.charAt(0) != '/') {
            throw new InvalidInputException("A path must be a JSON Pointer starting with '/' (e.g. /Data/Coins), not \""
                    + path + "\"", path);
        }
        return path;
    }

    static List<String> tokens(String path) {
        List<String> out = new ArrayList<>();
        if (path.isEmpty()) {
            return out;
        }
        for (String raw : path.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** The node at {@code path}, or null when any step is missing. */
    static @Nullable JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        for (String token : tokens(path)) {
            node = step(node, token);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    static @Nullable JsonNode step(JsonNode node, String token) {
        if (node.isObject()) {
            return node.get(token);
        }
        if (node.isArray()) {
            int at = index(node, token);
            return at < 0 ? null : node.get(at);
        }
        return null;
    }

    /** The position {@code token} names in {@code array}: a decimal index, or the one element a selector matches. */
    static int index(JsonNode array, String token) {
        if (token.matches("0|[1-9][0-9]{0,8}")) {
            int i = Integer.parseInt(token);
            return i < array.size() ? i : -1;
        }
        ItemMatch match = ItemPaths.selector(token);
        if (match == null) {
            return -1;
        }
        int at = -1;
        for (int i = 0; i < array.size(); i++) {
            if (match.matches(array.get(i))) {
                if (at >= 0) {
                    return -1;
                }
                at = i;
            }
        }
        return at;
    }

    /** An item step of a path that selected no element, or several: the array's path, the step, how many matched. */
    record Miss(String array, ItemMatch step, int matches) {
        String message() {
            return matches == 0 ? "no item of " + array + " has " + step.describe() + " in the latest value"
                    : matches + " items of " + array + " have " + step.describe()
                    + "; an item step must select exactly one";
        }
    }

    /** The first item step along {@code path} that does not select exactly one element of {@code root}; null. */
    static @Nullable Miss miss(JsonNode root, String path) {
        JsonNode node = root;
        StringBuilder at = new StringBuilder();
        for (String token : tokens(path)) {
            ItemMatch match = node.isArray() ? ItemPaths.selector(token) : null;
            if (match != null) {
                int n = 0;
                for (JsonNode e : node) {
                    n += match.matches(e) ? 1 : 0;
                }
                if (n != 1) {
                    return new Miss(at.isEmpty() ? "the value" : at.toString(), match, n);
                }
            }
            JsonNode next = step(node, token);
            if (next == null) {
                return null;
            }
            at.append('/').append(token.replace("~", "~0").replace("/", "~1"));
            node = next;
        }
        return null;
    }

    static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    static String typeOf(@Nullable JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "absent";
        }
        if (n.isObject()) {
            return "a table";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
