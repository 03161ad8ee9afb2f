package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.diff.JsonHash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An array edit as changes inside items addressed by identity, removals by identity and appends, when that is what
 * happened: the new array is the old one with some elements changed in place (same unique id), some taken out (order
 * kept) and new ones added at the end. Anything else (reordering, an element without an id changed in place) is not
 * expressed here and becomes a "set" of the whole array.
 */
final class ArrayIntents {
    private static final List<String> ID_FIELDS = List.of("Id", "id", "ID", "Uuid", "UUID", "Guid", "GUID");

    private ArrayIntents() {
    }

    /**
     * Adds the intents and returns true, or returns false (adding nothing) when the edit has another shape. An
     * element with a unique id-like field that is still there under the same id but changed becomes the intents of
     * that change under the item's selector step ({@code /Data/Inventory/[Id="a1"]/Level +1}), so it lands on that
     * item wherever the game has moved it meanwhile.
     */
    static boolean derive(String path, JsonNode before, JsonNode after, IntentDiff.Numbers numbers,
                          List<Intent> out) {
        int n = before.size();
        ItemIndex was = new ItemIndex(before);
        ItemIndex now = new ItemIndex(after);
        boolean[] kept = new boolean[n];
        List<Intent> inItems = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < n && j < after.size(); i++) {
            JsonNode b = before.get(i);
            JsonNode a = after.get(j);
            if (JsonHash.of(b) == JsonHash.of(a) && JsonEquals.equal(b, a)) {
                kept[i] = true;
                j++;
                continue;
            }
            ItemMatch id = byIdField(was, b);
            if (id != null && id.matches(a) && now.count(id) == 1) {
                IntentDiff.walk(path + "/" + ItemPaths.step(id), b, a, numbers, inItems);
                kept[i] = true;
                j++;
            }
        }
        List<Intent> found = new ArrayList<>();
        Map<String, Set<ItemIndex.Key>> removedIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!kept[i]) {
                ItemMatch match = identity(was, before.get(i));
                if (match == null) {
                    return false;
                }
                found.add(new RemoveItem(path, match));
                String field = match.field();
                if (field != null) {
                    removedIds.computeIfAbsent(field, f -> new HashSet<>()).add(ItemIndex.Key.of(match.value()));
                }
            }
        }
        for (int k = j; k < after.size(); k++) {
            if (changedInPlace(removedIds, after.get(k))) {
                return false;
            }
            found.add(new AppendItem(path, after.get(k)));
        }
        out.addAll(inItems);
        out.addAll(found);
        return true;
    }

    /**
     * True when an added element has the identity of a removed one (the id values of the removals by field): an
     * element edited in place, not a move.
     */
    private static boolean changedInPlace(Map<String, Set<ItemIndex.Key>> removedIds, JsonNode added) {
        if (!added.isObject()) {
            return false;
        }
        for (Map.Entry<String, Set<ItemIndex.Key>> e : removedIds.entrySet()) {
            JsonNode v = added.get(e.getKey());
            if (v != null && e.getValue().contains(ItemIndex.Key.of(v))) {
                return true;
            }
        }
        return false;
    }

    /** A match that identifies exactly this element among the array's elements, or null. */
    static @Nullable ItemMatch identity(JsonNode array, JsonNode element) {
        return identity(new ItemIndex(array), element);
    }

    private static @Nullable ItemMatch identity(ItemIndex array, JsonNode element) {
        ItemMatch byId = byIdField(array, element);
        if (byId != null) {
            return byId;
        }
        ItemMatch equal = ItemMatch.equalTo(element);
        return array.count(equal) == 1 ? equal : null;
    }

    /** The match by an id-like field ({@code Id}, {@code Guid}, …) whose value is unique in the array, or null. */
    static @Nullable ItemMatch byIdField(JsonNode array, JsonNode element) {
        return byIdField(new ItemIndex(array), element);
    }

    private static @Nullable ItemMatch byIdField(ItemIndex array, JsonNode element) {
        if (element.isObject()) {
            for (String field : ID_FIELDS) {
                JsonNode id = element.get(field);
                if (id != null && id.isValueNode() && !id.isNull()
                        && array.count(ItemMatch.byField(field, id)) == 1) {
                    return ItemMatch.byField(field, id);
                }
            }
        }
        return null;
    }
}
