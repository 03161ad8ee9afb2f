package dev.profilelens.connectors.sqlite.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;

/**
 * ProfileService Plus profiles as the fork saves them (liveops.md §3.2): {@code Metadata} with {@code Metatags},
 * {@code RobloxMetadata}, PS-style 4-element global updates. Lock states cycle free / active / stale by index.
 */
final class PlusShapes {
    private PlusShapes() {
    }

    static ObjectNode profile(long userId, int i, int version, long lastUpdate, long now) {
        ObjectNode v = RobloxJson.nodes().objectNode();
        ObjectNode data = v.putObject("Data");
        data.put("Gold", 100 + i * 13 + version * 40);
        data.put("Level", 1 + version + i % 5);
        data.putArray("Pets").add("Cat").add(i % 2 == 0 ? "Dog" : "Owl");
        ObjectNode meta = v.putObject("Metadata");
        meta.put("ProfileCreateTime", now - 40L * 86_400 + i * 600L);
        meta.put("SessionLoadCount", 3 + version + i);
        boolean last = version == 2;
        // earlier saves are released; the last one keeps its session for active (i % 3 == 0) and stale (2) ones
        if (last && i % 3 != 1) {
            meta.putArray("ActiveSession").add(5_550_001L).add(String.format("%08x-aaaa-4bbb-8ccc-%012x", i, userId));
        }
        ObjectNode tags = meta.putObject("Metatags");
        tags.put("DataVersion", 2);
        meta.put("LastUpdate", lastUpdate);
        v.putObject("RobloxMetadata").put("Tier", i % 2 == 0 ? "free" : "vip");
        v.putArray("UserIds").add(userId);
        ArrayNode gu = v.putArray("GlobalUpdates");
        gu.add(i % 4 == 0 ? 1 : 0);
        ArrayNode entries = gu.addArray();
        if (i % 4 == 0) {
            entries.addArray().add(1).add(1).add(false).addObject().put("Type", "Gift").put("Gold", 50);
        }
        v.put("WasCorrupted", false);
        return v;
    }

    static String attributes(JsonNode value) {
        JsonNode md = value.get("RobloxMetadata");
        return md == null || !md.isObject() || md.isEmpty() ? "{}" : RobloxJson.writeString(md);
    }
}
