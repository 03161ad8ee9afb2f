package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The key's Roblox UserIds and attributes, derived from the value's own {@code UserIds} / {@code RobloxMetaData}
 * exactly as the libraries' transforms return them (spec §2): absent fields clear them.
 */
public final class KeyMetadata {
    private KeyMetadata() {
    }

    public static List<Long> userIds(JsonNode value) {
        List<Long> ids = new ArrayList<>();
        JsonNode arr = value.get("UserIds");
        if (arr != null && arr.isArray()) {
            arr.forEach(n -> ids.add(n.asLong()));
        }
        return ids;
    }

    public static String attributes(JsonNode value) {
        JsonNode md = value.get(value.has("RobloxMetaData") ? "RobloxMetaData" : "RobloxMetadata");
        if (md == null || !md.isObject() || md.isEmpty()) {
            return "{}";
        }
        return RobloxJson.writeString(md);
    }
}
