package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.StoredEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The key's Roblox UserIds and attributes for a write. A write replaces the key's metadata (absent means cleared),
 * so each is sent as the key holds it now, unless the edit changed its mirror in the value ({@code UserIds} /
 * {@code RobloxMetaData}, which the libraries' transforms keep in step): then the value's mirror is sent. A key
 * whose metadata is not mirrored in its value keeps it (issue #17).
 */
public final class KeyMetadata {
    private KeyMetadata() {
    }

    /** UserIds as the value mirrors them ({@code UserIds}, empty when absent). */
    public static List<Long> userIds(JsonNode value) {
        List<Long> ids = new ArrayList<>();
        JsonNode arr = value.get("UserIds");
        if (arr != null && arr.isArray()) {
            arr.forEach(n -> ids.add(n.asLong()));
        }
        return ids;
    }

    /** Attributes as the value mirrors them ({@code RobloxMetaData}, {@code {}} when absent or empty). */
    public static String attributes(JsonNode value) {
        JsonNode md = value.get(value.has("RobloxMetaData") ? "RobloxMetaData" : "RobloxMetadata");
        if (md == null || !md.isObject() || md.isEmpty()) {
            return "{}";
        }
        return RobloxJson.writeString(md);
    }

    /** The UserIds to write: the key's current ones unless the edit changed the value's {@code UserIds}. */
    public static List<Long> userIds(@Nullable JsonNode before, JsonNode after, Optional<StoredEntry> stored) {
        if (stored.isPresent() && before != null && Objects.equals(before.get("UserIds"), after.get("UserIds"))) {
            return stored.get().userIds();
        }
        return userIds(after);
    }

    /** The attributes to write: the key's current ones unless the edit changed the value's {@code RobloxMetaData}. */
    public static String attributes(@Nullable JsonNode before, JsonNode after, Optional<StoredEntry> stored) {
        if (stored.isPresent() && before != null
                && Objects.equals(before.get("RobloxMetaData"), after.get("RobloxMetaData"))) {
            return stored.get().attributesJson();
        }
        return attributes(after);
    }
}
