package dev.profilelens.bench.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** A realistic large ProfileService profile: 20,000 inventory items with UUIDs, nested tables, floats. */
final class ProfileFactory {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] RARITY = {"Common", "Uncommon", "Rare", "Epic", "Legendary"};

    private ProfileFactory() {
    }

    static ObjectNode profile(int items, long seed) {
        Random r = new Random(seed);
        ObjectNode root = NODES.objectNode();
        ObjectNode data = root.putObject("Data");
        data.put("Coins", 1_250_000);
        data.put("Gems", 4_210);
        data.put("Level", 87);
        data.put("Experience", new BigDecimal("18234.75"));
        ArrayNode inventory = data.putArray("Inventory");
        for (int i = 0; i < items; i++) {
            inventory.add(item(r, i));
        }
        ObjectNode quests = data.putObject("Quests");
        for (int q = 0; q < 200; q++) {
            ObjectNode quest = quests.putObject("Quest_" + q);
            quest.put("Progress", r.nextInt(100));
            quest.put("Done", r.nextBoolean());
        }
        ObjectNode settings = data.putObject("Settings");
        settings.put("MusicVolume", 0.8);
        settings.put("Sensitivity", new BigDecimal("1.35"));
        settings.put("Language", "en-us");
        ObjectNode meta = root.putObject("MetaData");
        meta.put("ProfileCreateTime", 1_650_000_000);
        meta.put("SessionLoadCount", 412);
        meta.putArray("ActiveSession").add(1818).add("a1b2c3d4-job");
        ObjectNode tags = meta.putObject("MetaTags");
        tags.put("DataVersion", 3);
        ObjectNode receipts = tags.putObject("ProfilePurchaseIds");
        for (int p = 0; p < 50; p++) {
            receipts.put(UUID.nameUUIDFromBytes(new byte[] {(byte) p}).toString(), true);
        }
        meta.put("LastUpdate", 1_700_003_600);
        ArrayNode updates = root.putArray("GlobalUpdates");
        updates.add(0).addArray();
        root.putArray("UserIds").add(123_456_789L);
        root.putArray("RobloxMetaData");
        return root;
    }

    private static ObjectNode item(Random r, int i) {
        ObjectNode item = NODES.objectNode();
        item.put("Id", new UUID(r.nextLong(), r.nextLong()).toString());
        item.put("ItemId", "Sword_" + (i % 300));
        item.put("Rarity", RARITY[r.nextInt(RARITY.length)]);
        item.put("Count", 1 + r.nextInt(20));
        item.put("Durability", BigDecimal.valueOf(r.nextInt(100_000), 3));
        item.put("Acquired", 1_650_000_000 + r.nextInt(50_000_000));
        ObjectNode stats = item.putObject("Stats");
        stats.put("Attack", r.nextInt(500));
        stats.put("Speed", BigDecimal.valueOf(r.nextInt(1000), 2));
        ArrayNode enchants = item.putArray("Enchants");
        for (int e = 0, n = r.nextInt(3); e < n; e++) {
            enchants.add("Enchant_" + r.nextInt(40));
        }
        return item;
    }

    /** A copy with about {@code fraction} of its leaf values changed (numbers bumped, strings suffixed). */
    static JsonNode mutate(JsonNode doc, double fraction, long seed) {
        JsonNode copy = doc.deepCopy();
        List<ObjectNode> parents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collectLeaves(copy, parents, names);
        Random r = new Random(seed);
        int changes = (int) Math.round(parents.size() * fraction);
        for (int c = 0; c < changes; c++) {
            int pick = r.nextInt(parents.size());
            ObjectNode parent = parents.get(pick);
            String name = names.get(pick);
            JsonNode old = parent.get(name);
            if (old.isNumber()) {
                parent.put(name, old.decimalValue().add(BigDecimal.ONE));
            } else if (old.isTextual()) {
                parent.put(name, old.asText() + "*");
            } else {
                parent.put(name, !old.asBoolean());
            }
        }
        return copy;
    }

    private static void collectLeaves(JsonNode node, List<ObjectNode> parents, List<String> names) {
        if (node instanceof ObjectNode obj) {
            obj.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) {
                    parents.add(obj);
                    names.add(e.getKey());
                } else {
                    collectLeaves(e.getValue(), parents, names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectLeaves(child, parents, names));
        }
    }
}
