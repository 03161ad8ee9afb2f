package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * New array items from the shape of their siblings: the last sibling's members and values, with fresh GUIDs in
 * id-like fields ({@code Id}, {@code Guid}, {@code Uuid}, or a name ending in {@code Id}) whose value looks like a
 * GUID. The user edits the values before the item is added.
 */
final class ItemShapes {
    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    private ItemShapes() {
    }

    /** A new item shaped like the array's last element; {@code 0}-like defaults when the array is empty. */
    static JsonNode fromSiblings(JsonNode array, Supplier<UUID> ids) {
        if (array.isEmpty()) {
            return RobloxJson.nodes().objectNode();
        }
        return withFreshIds(array.get(array.size() - 1), ids);
    }

    /** A copy of {@code item} with fresh GUIDs in its id-like fields (nested tables too). */
    static JsonNode withFreshIds(JsonNode item, Supplier<UUID> ids) {
        JsonNode copy = item.deepCopy();
        refresh(copy, ids);
        return copy;
    }

    private static void refresh(JsonNode node, Supplier<UUID> ids) {
        if (node instanceof ObjectNode obj) {
            for (Map.Entry<String, JsonNode> e : obj.properties()) {
                JsonNode v = e.getValue();
                if (idLike(e.getKey()) && v.isTextual() && GUID.matcher(v.asText()).matches()) {
                    e.setValue(obj.textNode(like(v.asText(), ids.get())));
                } else {
                    refresh(v, ids);
                }
            }
        } else if (node.isArray()) {
            node.forEach(c -> refresh(c, ids));
        }
    }

    static boolean idLike(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("id") || n.equals("guid") || n.equals("uuid") || name.endsWith("Id") || name.endsWith("ID")
                || n.endsWith("guid") || n.endsWith("uuid");
    }

    /** The new GUID written the way the old one was (braces, upper case). */
    private static String like(String old, UUID fresh) {
        String s = fresh.toString();
        boolean upper = old.chars().anyMatch(c -> c >= 'A' && c <= 'F') && old.chars().noneMatch(c -> c >= 'a'
                && c <= 'f');
        if (upper) {
            s = s.toUpperCase(Locale.ROOT);
        }
        return old.startsWith("{") ? "{" + s + "}" : s;
    }
}
