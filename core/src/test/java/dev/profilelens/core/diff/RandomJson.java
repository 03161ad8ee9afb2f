package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random JSON documents and random edits of them, for the property tests. */
final class RandomJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] KEYS = {"Coins", "Gems", "Inventory", "Quests", "a/b", "t~x", "Level", "Id", ""};
    private final Random random;

    RandomJson(long seed) {
        random = new Random(seed);
    }

    JsonNode document() {
        return object(3);
    }

    JsonNode value(int depth) {
        int pick = random.nextInt(depth <= 0 ? 5 : 7);
        return switch (pick) {
            case 0 -> NODES.numberNode(random.nextInt(10));
            case 1 -> NODES.textNode("s" + random.nextInt(6));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.numberNode(new BigDecimal(random.nextInt(100)).movePointLeft(1));
            case 4 -> NODES.numberNode(random.nextInt(3) * 1000L);
            case 5 -> object(depth - 1);
            default -> array(depth - 1);
        };
    }

    private ObjectNode object(int depth) {
        ObjectNode o = NODES.objectNode();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            o.set(KEYS[random.nextInt(KEYS.length)], value(depth));
        }
        return o;
    }

    private ArrayNode array(int depth) {
        ArrayNode a = NODES.arrayNode();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            a.add(value(depth));
        }
        return a;
    }

    /** A copy of {@code doc} with a few random changes: set, remove, insert and delete array elements. */
    JsonNode edit(JsonNode doc) {
        JsonNode copy = doc.deepCopy();
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            editOnce(copy);
        }
        return copy;
    }

    private void editOnce(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode o) {
            String key = KEYS[random.nextInt(KEYS.length)];
            if (o.has(key) && random.nextBoolean()) {
                o.remove(key);
            } else {
                o.set(key, value(1));
            }
        } else if (target instanceof ArrayNode a) {
            int op = random.nextInt(3);
            if (op == 0 || a.isEmpty()) {
                a.insert(random.nextInt(a.size() + 1), value(1));
            } else if (op == 1) {
                a.remove(random.nextInt(a.size()));
            } else {
                a.set(random.nextInt(a.size()), value(1));
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (JsonNode child : node) {
                collect(child, out);
            }
        }
    }
}
