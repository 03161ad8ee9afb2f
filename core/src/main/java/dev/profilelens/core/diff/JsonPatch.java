package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Applies RFC 6902 patches ({@code add}, {@code remove}, {@code replace}, {@code move}, {@code copy}, {@code test})
 * to a copy of a document. A patch that does not fit names the operation and its path; the input is never changed.
 */
public final class JsonPatch {
    private JsonPatch() {
    }

    public static JsonNode apply(JsonNode patch, JsonNode document) {
        if (!patch.isArray()) {
            throw new InvalidInputException("A JSON Patch must be an array of operations.", "");
        }
        Holder root = new Holder(document.deepCopy());
        for (int i = 0; i < patch.size(); i++) {
            applyOne(root, patch.get(i), i);
        }
        return root.value;
    }

    private static void applyOne(Holder root, JsonNode op, int index) {
        String name = text(op, "op", index);
        String path = text(op, "path", index);
        switch (name) {
            case "add" -> add(root, path, value(op, index), index);
            case "remove" -> remove(root, path, index);
            case "replace" -> {
                remove(root, path, index);
                add(root, path, value(op, index), index);
            }
            case "move" -> {
                JsonNode moved = get(root.value, text(op, "from", index), index);
                remove(root, text(op, "from", index), index);
                add(root, path, moved, index);
            }
            case "copy" -> add(root, path, get(root.value, text(op, "from", index), index).deepCopy(), index);
            case "test" -> {
                if (!JsonEquals.equal(get(root.value, path, index), value(op, index))) {
                    throw fail(index, path, "the test failed: the value there differs");
                }
            }
            default -> throw fail(index, path, "unknown operation \"" + name + "\"");
        }
    }

    private static void add(Holder root, String path, JsonNode value, int index) {
        if (path.isEmpty()) {
            root.value = value;
            return;
        }
        JsonNode parent = get(root.value, parentOf(path), index);
        String token = lastToken(path);
        if (parent instanceof ObjectNode obj) {
            obj.set(token, value);
        } else if (parent instanceof ArrayNode arr) {
            int at = "-".equals(token) ? arr.size() : arrayIndex(token, arr.size(), index, path);
            arr.insert(at, value);
        } else {
            throw fail(index, path, "the parent is not an object or array");
        }
    }

    private static void remove(Holder root, String path, int index) {
        if (path.isEmpty()) {
            throw fail(index, path, "the whole document cannot be removed");
        }
        JsonNode parent = get(root.value, parentOf(path), index);
        String token = lastToken(path);
        if (parent instanceof ObjectNode obj) {
            if (obj.remove(token) == null) {
                throw fail(index, path, "there is no member \"" + token + "\"");
            }
        } else if (parent instanceof ArrayNode arr) {
            arr.remove(arrayIndex(token, arr.size() - 1, index, path));
        } else {
            throw fail(index, path, "the parent is not an object or array");
        }
    }

    private static JsonNode get(JsonNode doc, String path, int index) {
        JsonNode node = doc;
        for (String token : tokens(path)) {
            @Nullable JsonNode next = node.isArray()
                    ? node.get(arrayIndex(token, node.size() - 1, index, path))
                    : node.get(token);
            if (next == null) {
                throw fail(index, path, "nothing exists at that path");
            }
            node = next;
        }
        return node;
    }

    private static int arrayIndex(String token, int max, int index, String path) {
        if (!token.matches("0|[1-9][0-9]{0,8}")) {
            throw fail(index, path, "\"" + token + "\" is not an array index");
        }
        int at = Integer.parseInt(token);
        if (at > max) {
            throw fail(index, path, "index " + at + " is out of bounds");
        }
        return at;
    }

    static List<String> tokens(String path) {
        List<String> tokens = new ArrayList<>();
        if (path.isEmpty()) {
            return tokens;
        }
        if (path.charAt(0) != '/') {
            throw new InvalidInputException("A JSON pointer must start with '/': " + path, path);
        }
        for (String raw : path.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static String parentOf(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static String lastToken(String path) {
        return path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    private static String text(JsonNode op, String field, int index) {
        JsonNode v = op.get(field);
        if (v == null || !v.isTextual()) {
            throw fail(index, "", "the operation has no \"" + field + "\" string");
        }
        return v.asText();
    }

    private static JsonNode value(JsonNode op, int index) {
        JsonNode v = op.get("value");
        if (v == null) {
            throw fail(index, text(op, "path", index), "the operation has no \"value\"");
        }
        return v.deepCopy();
    }

    private static InvalidInputException fail(int index, String path, String why) {
        return new InvalidInputException("Patch operation " + index + " at \"" + path + "\" cannot be applied: "
                + why + ".", path);
    }

    /** The document being patched; replaced as a whole by an operation on the root path. */
    private static final class Holder {
        private JsonNode value;

        Holder(JsonNode value) {
            this.value = value;
        }
    }
}
