package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random JSON values and random edits of them, as text, for the sharing parser's equivalence test. */
final class RandomJson {
    private static final String[] LEAVES = {"0", "-0", "0.0", "-0.0", "1", "5", "1023", "1024", "-7", "1.5", "1.50",
        "2.5e3", "9007199254740993", "123456789012345678901234567890", "true", "false", "null", "\"\"", "\"a\"",
        "\"Blade\"", "\"5\"", "\"x\\\"y\"", "\"\\u00e9t\\u00e9\"", "\"a long string of more than twenty-four\""};
    private static final String[] NAMES = {"Id", "Level", "Coins", "Name", "a", "b", "Inventory", "é", ""};

    private RandomJson() {
    }

    /** A random value as JSON text, tables and arrays up to four deep. */
    static String value(Random r, int depth) {
        int kind = depth >= 4 ? 2 : r.nextInt(3);
        if (kind == 0) {
            StringBuilder b = new StringBuilder("{");
            List<String> used = new ArrayList<>();
            for (int i = r.nextInt(5); i > 0; i--) {
                String name = NAMES[r.nextInt(NAMES.length)] + (r.nextBoolean() ? "" : Integer.toString(i));
                if (!used.contains(name)) {
                    used.add(name);
                    b.append(b.length() > 1 ? "," : "").append('"').append(name).append("\":")
                            .append(value(r, depth + 1));
                }
            }
            return b.append('}').toString();
        }
        if (kind == 1) {
            StringBuilder b = new StringBuilder("[");
            for (int i = r.nextInt(5); i > 0; i--) {
                b.append(b.length() > 1 ? "," : "").append(value(r, depth + 1));
            }
            return b.append(']').toString();
        }
        return LEAVES[r.nextInt(LEAVES.length)];
    }

    /** {@code earlier} (left as it is) edited a random way, as text; now and then broken or not edited at all. */
    static String edit(Random r, JsonNode earlier) {
        JsonNode copy = earlier.deepCopy();
        List<ContainerNode<?>> containers = new ArrayList<>();
        collect(copy, containers);
        int edits = r.nextInt(3);
        for (int i = 0; i < edits && !containers.isEmpty(); i++) {
            change(r, containers.get(r.nextInt(containers.size())));
        }
        String text = RobloxJson.writeString(copy);
        if (r.nextInt(6) == 0 && !text.isEmpty()) {
            int at = r.nextInt(text.length());
            text = r.nextBoolean() ? text.substring(0, at) + text.substring(at + 1)
                    : text.substring(0, at) + " \n" + text.substring(at);
        }
        return text;
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> out) {
        if (node instanceof ContainerNode<?> c) {
            out.add(c);
            node.elements().forEachRemaining(n -> collect(n, out));
        }
    }

    private static void change(Random r, ContainerNode<?> c) {
        JsonNode fresh = RobloxJson.parse(value(r, 3));
        if (c instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            switch (r.nextInt(4)) {
                case 0 -> o.set(names.isEmpty() ? "new" : names.get(r.nextInt(names.size())), fresh);
                case 1 -> o.remove(names.isEmpty() ? "none" : names.get(r.nextInt(names.size())));
                case 2 -> o.set("added" + r.nextInt(3), fresh);
                default -> {
                    List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
                    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                        members.add(it.next());
                    }
                    o.removeAll();
                    for (int i = members.size() - 1; i >= 0; i--) {
                        o.set(members.get(i).getKey(), members.get(i).getValue());
                    }
                }
            }
        } else if (c instanceof ArrayNode a) {
            int at = a.isEmpty() ? 0 : r.nextInt(a.size());
            switch (r.nextInt(4)) {
                case 0 -> a.insert(at, fresh);
                case 1 -> a.remove(at);
                case 2 -> a.add(fresh);
                default -> {
                    if (!a.isEmpty()) {
                        a.set(at, fresh);
                    }
                }
            }
        }
    }
}
