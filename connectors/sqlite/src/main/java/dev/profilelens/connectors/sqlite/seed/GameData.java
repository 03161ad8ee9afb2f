package dev.profilelens.connectors.sqlite.seed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import java.util.UUID;

/** The developer's side of a profile: Data of a believable game and the MetaTags it keeps. */
final class GameData {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ITEMS = {"Wooden Sword", "Iron Sword", "Crystal Blade", "Leather Boots",
        "Dragon Shield", "Healing Potion", "Speed Potion", "Fishing Rod", "Golden Pickaxe", "Pet Egg", "Lantern",
        "Grappling Hook", "Frost Bow", "Ember Staff", "Royal Crown"};
    private static final String[] RARITY = {"Common", "Common", "Common", "Uncommon", "Uncommon", "Rare", "Epic",
        "Legendary"};
    private static final String[] QUESTS = {"Tutorial", "FirstCatch", "SlimeHunter", "MinerForHire", "DragonSlayer",
        "DailyLogin", "TreasureMap", "CastleSiege"};
    private static final String[] FURNITURE = {"Sofa", "Banner", "Fireplace", "Trophy", "Bookshelf", "Throne"};

    private GameData() {
    }

    /** A player's Data at {@code progress} (0..1) of its history. */
    static ObjectNode player(Random r, long userId, double progress, int inventorySize) {
        ObjectNode d = NODES.objectNode();
        int level = 1 + (int) (progress * (5 + (userId % 80)));
        d.put("Coins", (long) (progress * (200 + (userId * 7919L) % 250_000)));
        d.put("Gems", (int) (progress * ((userId * 31L) % 900)));
        d.put("Level", level);
        d.put("Experience", Math.round(progress * level * 137.5 * 100) / 100.0);
        ArrayNode inventory = d.putArray("Inventory");
        Random items = new Random(userId);
        for (int i = 0; i < (int) Math.ceil(inventorySize * progress); i++) {
            ObjectNode item = inventory.addObject();
            item.put("Id", new UUID(items.nextLong(), items.nextLong()).toString());
            item.put("Item", ITEMS[items.nextInt(ITEMS.length)]);
            item.put("Rarity", RARITY[items.nextInt(RARITY.length)]);
            item.put("Level", 1 + items.nextInt(30));
        }
        ObjectNode quests = d.putObject("Quests");
        for (int q = 0; q < QUESTS.length * progress; q++) {
            ObjectNode quest = quests.putObject(QUESTS[q]);
            quest.put("Progress", Math.min(100, (int) (progress * 100) + q));
            quest.put("Completed", progress > 0.5 && q % 2 == 0);
        }
        ObjectNode settings = d.putObject("Settings");
        settings.put("Music", r.nextBoolean());
        settings.put("SoundEffects", true);
        settings.put("CameraSensitivity", Math.round((0.5 + r.nextDouble()) * 100) / 100.0);
        settings.put("Language", r.nextInt(5) == 0 ? "pt-br" : "en-us");
        d.put("DailyStreak", r.nextInt(30));
        return d;
    }

    /** A group-owned house (a profile of a non-player entity). */
    static ObjectNode house(Random r, int house, double progress) {
        ObjectNode d = NODES.objectNode();
        d.put("OwnerGroupId", 3_000_000 + house * 17L);
        d.put("Name", "Guild House " + house);
        d.put("Level", 1 + (int) (progress * 10));
        d.put("Visits", (long) (progress * (house * 97 % 5000)));
        ArrayNode furniture = d.putArray("Furniture");
        for (int i = 0; i < 1 + progress * 8; i++) {
            ObjectNode f = furniture.addObject();
            f.put("Id", new UUID(r.nextLong(), r.nextLong()).toString());
            f.put("Kind", FURNITURE[(house + i) % FURNITURE.length]);
            f.putArray("Position").add(r.nextInt(64)).add(0).add(r.nextInt(64));
        }
        return d;
    }

    /** MetaTags: DataVersion (1, 2 or 3), purchase receipts, and a few flags. */
    static ObjectNode metaTags(Random r, long id, int dataVersion, double progress) {
        ObjectNode tags = NODES.objectNode();
        tags.put("DataVersion", dataVersion);
        int purchases = (int) (progress * (id % 4 == 0 ? 1 + id % 5 : 0));
        if (purchases > 0) {
            ArrayNode receipts = tags.putArray("ProfilePurchaseIds");
            Random rr = new Random(id * 31);
            for (int i = 0; i < purchases; i++) {
                receipts.add(Long.toHexString(rr.nextLong()).substring(0, 12));
            }
        }
        if (id % 11 == 0) {
            tags.put("Tester", true);
        }
        if (id % 97 == 0) {
            tags.put("Banned", r.nextBoolean());
        }
        if (id % 13 == 0) {
            tags.put("MigratedFrom", "PlayerData_v1");
        }
        return tags;
    }
}
