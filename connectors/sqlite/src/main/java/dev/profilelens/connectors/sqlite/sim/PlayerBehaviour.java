package dev.profilelens.connectors.sqlite.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.session.Profile;
import java.util.Random;
import java.util.UUID;

/** What a simulated player does to its loaded profile: earn, spend, pick up items, buy products, take gifts. */
final class PlayerBehaviour {
    static final int KEEP_RECEIPTS = 50;
    static final int MAX_INVENTORY = 60;
    private static final String[] ITEMS = {"Sword", "Shield", "Potion", "Pet Egg", "Bow", "Hat", "Trail", "Pickaxe"};
    private static final String[] RARITY = {"Common", "Common", "Common", "Rare", "Rare", "Epic", "Legendary"};

    private PlayerBehaviour() {
    }

    /** The Data template every simulated store uses (also for Reconcile). */
    static ObjectNode template() {
        return (ObjectNode) RobloxJson.parse("{\"Coins\":0,\"Gems\":0,\"Level\":1,\"Experience\":0,"
                + "\"Inventory\":[],\"GiftsReceived\":0,\"Settings\":{\"Music\":true,\"SoundEffects\":true}}");
    }

    static void earn(ObjectNode d, Random r) {
        d.put("Coins", d.path("Coins").asLong() + 5 + r.nextInt(46));
        long xp = d.path("Experience").asLong() + 10 + r.nextInt(40);
        long level = d.path("Level").asLong(1);
        if (xp >= level * 250) {
            xp -= level * 250;
            d.put("Level", level + 1);
        }
        d.put("Experience", xp);
    }

    /** Spends coins when rich enough; true when something was bought. */
    static boolean spend(ObjectNode d, Random r) {
        long coins = d.path("Coins").asLong();
        if (coins < 200 || r.nextInt(5) != 0) {
            return false;
        }
        d.put("Coins", coins - 50 - r.nextInt(151));
        return true;
    }

    /** Adds an item with a fresh UUID; the oldest item goes when the inventory is full. */
    static String pickUp(ObjectNode d, Random r) {
        ArrayNode inv = d.withArray("Inventory");
        ObjectNode item = RobloxJson.nodes().objectNode();
        String id = new UUID(r.nextLong(), r.nextLong()).toString();
        item.put("Id", id);
        item.put("Item", ITEMS[r.nextInt(ITEMS.length)]);
        item.put("Rarity", RARITY[r.nextInt(RARITY.length)]);
        item.put("Level", 1);
        inv.add(item);
        while (inv.size() > MAX_INVENTORY) {
            inv.remove(0);
        }
        return item.get("Item").asText() + " " + id;
    }

    /**
     * A developer-product purchase: grant Gems and record the receipt — PS in {@code MetaTags.ProfilePurchaseIds}
     * (confirmed once it shows in MetaTagsLatest), PSt in {@code Data.PurchaseIds}; the newest 50 are kept.
     */
    static String purchase(Profile p, boolean profileService, Random r) {
        String receipt = Long.toHexString(r.nextLong() & Long.MAX_VALUE);
        p.data().put("Gems", p.data().path("Gems").asLong() + 100);
        ArrayNode receipts;
        if (profileService) {
            JsonNode tag = p.getMetaTag("ProfilePurchaseIds");
            receipts = tag instanceof ArrayNode a ? a.deepCopy() : RobloxJson.nodes().arrayNode();
        } else {
            receipts = p.data().withArray("PurchaseIds");
        }
        receipts.add(receipt);
        while (receipts.size() > KEEP_RECEIPTS) {
            receipts.remove(0);
        }
        if (profileService) {
            p.setMetaTag("ProfilePurchaseIds", receipts);
        }
        return receipt;
    }

    static JsonNode gift(long fromUserId, Random r) {
        ObjectNode g = RobloxJson.nodes().objectNode();
        g.put("Type", "Gift");
        g.put("From", fromUserId);
        g.put("Item", "Coins");
        g.put("Amount", 10 * (1 + r.nextInt(50)));
        return g;
    }

    /**
     * Applies a global update / message as the game does (the shipped delivery templates produce exactly these):
     * {@code {"Type":"Gift","Item":NAME,"Amount":N}} adds N to the number {@code Data[NAME]} (Coins when no Item),
     * {@code {"Type":"Grant","Item":TABLE}} appends the item to the inventory. Anything else is counted and ignored.
     */
    static void applyGift(ObjectNode d, JsonNode gift) {
        String type = gift.path("Type").asText("Gift");
        if (type.equals("Grant") && gift.path("Item").isObject()) {
            d.withArray("Inventory").add(gift.get("Item").deepCopy());
        } else if (type.equals("Gift") && gift.path("Amount").isNumber()) {
            String item = gift.path("Item").isTextual() ? gift.get("Item").asText() : "Coins";
            JsonNode now = d.path(item);
            if (now.isNumber() || now.isMissingNode()) {
                d.set(item, plus(now.isMissingNode() ? RobloxJson.nodes().numberNode(0) : now, gift.get("Amount")));
            }
        }
        d.put("GiftsReceived", d.path("GiftsReceived").asLong() + 1);
    }

    private static JsonNode plus(JsonNode a, JsonNode b) {
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return RobloxJson.nodes().numberNode(a.asLong() + b.asLong());
        }
        return RobloxJson.nodes().numberNode(a.asDouble() + b.asDouble());
    }
}
