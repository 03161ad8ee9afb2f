package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.JsonPointers;
import dev.profilelens.core.codec.RobloxJson;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Paths that address an array item by its identity instead of its position: the step {@code [Id="a1"]} selects the
 * one element whose {@code Id} is {@code "a1"} (the value is JSON; the step is escaped like any pointer token), so
 * {@code /Data/Inventory/[Id="a1"]/Count} still means that item after a game inserted or removed others. The id-like
 * fields and the uniqueness rule are those of "remove by identity" ({@link ItemMatch#identify}). A selector that
 * matches no element, or several, makes the path absent: the intent fails as "gone", it never lands elsewhere.
 */
public final class ItemPaths {
    private ItemPaths() {
    }

    /** The step that selects the element {@code match} identifies ({@code [Id="a1"]}); escaped for a pointer. */
    public static String step(ItemMatch match) {
        if (match.field() == null) {
            throw new IllegalArgumentException("An item step needs an id-like field, not equality");
        }
        return JsonPointers.escape("[" + match.field() + "=" + RobloxJson.writeString(match.value()) + "]");
    }

    /** The value at {@code path} (index or item steps) in {@code root}, or null when absent. */
    public static @Nullable JsonNode at(JsonNode root, String path) {
        return Pointer.get(root, path);
    }

    /**
     * {@code path} with every array index along it that points at an item with a unique id-like field replaced by
     * that item's selector, as {@code root} is now; other steps are kept. A path that leaves {@code root} early is
     * returned with the rest unchanged.
     */
    public static String identified(JsonNode root, String path) {
        Pointer.check(path, true);
        StringBuilder out = new StringBuilder();
        JsonNode node = root;
        List<String> tokens = Pointer.tokens(path);
        String[] raw = path.isEmpty() ? new String[0] : path.substring(1).split("/", -1);
        for (int k = 0; k < tokens.size(); k++) {
            String token = tokens.get(k);
            JsonNode next = node == null ? null : Pointer.step(node, token);
            ItemMatch id = node != null && node.isArray() && next != null
                    ? ArrayIntents.byIdField(node, next) : null;
            out.append('/').append(id == null ? raw[k] : step(id));
            node = next;
        }
        return out.toString();
    }

    /**
     * The intent with its path {@link #identified} against {@code root} (the value it is about to be applied to);
     * intents on MetaTags or the whole value are returned as they are.
     */
    public static Intent byIdentity(Intent intent, JsonNode root) {
        if (intent instanceof SetValue s) {
            return new SetValue(identified(root, s.path()), s.value(), s.expected());
        }
        if (intent instanceof AddDelta d) {
            return new AddDelta(identified(root, d.path()), d.delta());
        }
        if (intent instanceof RemoveKey r) {
            return new RemoveKey(identified(root, r.path()));
        }
        if (intent instanceof RemoveItem r) {
            return new RemoveItem(identified(root, r.path()), r.match());
        }
        if (intent instanceof AppendItem a) {
            return new AppendItem(identified(root, a.path()), a.item());
        }
        return intent;
    }

    /** The {@link ItemMatch} a selector step names, or null when {@code token} is not a selector. */
    static @Nullable ItemMatch selector(String token) {
        int eq = token.indexOf('=');
        if (token.length() < 4 || token.charAt(0) != '[' || !token.endsWith("]") || eq < 2) {
            return null;
        }
        try {
            return ItemMatch.byField(token.substring(1, eq), RobloxJson.parse(token.substring(eq + 1,
                    token.length() - 1)));
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
