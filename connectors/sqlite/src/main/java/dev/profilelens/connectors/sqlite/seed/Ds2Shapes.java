package dev.profilelens.connectors.sqlite.seed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import java.util.Random;

/**
 * A DataStore2 combined value as the master key stores it (datastore2.md §1.6): one table of sub-keys, items
 * serialized as id arrays the way games' BeforeSave does, empty tables as {@code []}.
 */
final class Ds2Shapes {
    private static final String[] ITEMS = {"Sword", "Shield", "Bow", "Potion", "Helmet"};

    private Ds2Shapes() {
    }

    static ObjectNode combined(long coins, int save, Random r) {
        ObjectNode v = RobloxJson.nodes().objectNode();
        v.put("coins", coins);
        ObjectNode inv = v.putObject("inventory");
        int owned = 1 + (save + r.nextInt(3)) % ITEMS.length;
        for (int i = 0; i < owned; i++) {
            inv.put(ITEMS[i], true);
        }
        ArrayNode items = v.putArray("items");
        for (int i = 0; i < Math.min(6, save % 7); i++) {
            items.add(1 + i * 2 + r.nextInt(2));
        }
        v.put("level", 1 + save / 10);
        v.putArray("quests");
        return v;
    }
}
