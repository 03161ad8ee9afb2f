package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutates a stored value the ways a careless user, a damaged disk or an attacker would (issue 16): hostile leaves
 * (NaN, infinities, numbers beyond a double, nil, lone surrogates), nesting around the 1,000-level limit, members
 * removed or retyped, malformed mailboxes and session tags, and byte damage (cuts, bytes that are not UTF-8, stray
 * punctuation). Deterministic for a given {@link Random}.
 */
final class VectorMutator {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String MARK = "\u00a7HOSTILE\u00a7";
    private static final String[] LEAVES = {"NaN", "Infinity", "-Infinity", "1e400", "-1e999", "null", "\"\\ud800\"",
        "\"x\\udc00y\"", "[1,null,3]", "{\"a\":null}", "[]", "{}", "0.1", "-0", "123456789012345678901234567890",
        "\"\"", "[[\"a\"]]", "[1,1,\"no\",{}]", "[1,[[\"a\"]]]", "[1818]", "[1818,\"job\",\"s\",4]", "true", "\"str\""};
    private static final int[] DEPTHS = {998, 999, 1000, 1001, 1500, 2000, 3000};
    private static final String[] BYTES = {"\u0000", "\"", "}", "]", ",", ":", "{\"", "\\"};

    private final Random random;

    VectorMutator(Random random) {
        this.random = random;
    }

    /** One mutation of {@code original}, with a short description of what was done. */
    Mutation mutate(byte[] original) {
        JsonNode tree;
        try {
            tree = PLAIN.readTree(original);
        } catch (java.io.IOException e) {
            tree = null;
        }
        int op = random.nextInt(tree == null || !tree.isContainerNode() ? 3 : 9);
        return switch (op) {
            case 0 -> cut(original);
            case 1 -> badBytes(original);
            case 2 -> punctuation(original);
            case 3, 4 -> replace(tree, LEAVES[random.nextInt(LEAVES.length)]);
            case 5 -> replace(tree, nested(DEPTHS[random.nextInt(DEPTHS.length)]));
            case 6 -> remove(tree);
            case 7 -> replace(tree, random.nextBoolean() ? "7" : "\"text\"");
            default -> mailbox(tree);
        };
    }

    private Mutation cut(byte[] b) {
        int at = random.nextInt(b.length + 1);
        return new Mutation("cut at byte " + at, java.util.Arrays.copyOf(b, at));
    }

    private Mutation badBytes(byte[] b) {
        byte[][] choices = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xEF,
            (byte) 0xBB, (byte) 0xBF}, {(byte) 0x80}};
        byte[] bad = choices[random.nextInt(choices.length)];
        return insert("bytes that are not UTF-8", b, bad);
    }

    private Mutation punctuation(byte[] b) {
        return insert("stray punctuation", b, BYTES[random.nextInt(BYTES.length)].getBytes(StandardCharsets.UTF_8));
    }

    private Mutation insert(String what, byte[] b, byte[] bytes) {
        int at = random.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(bytes);
        out.write(b, at, b.length - at);
        return new Mutation(what + " at byte " + at, out.toByteArray());
    }

    private Mutation replace(JsonNode tree, String leafText) {
        JsonNode copy = tree.deepCopy();
        List<String> path = new ArrayList<>();
        JsonNode target = pickContainer(copy, path);
        String where = String.join("/", path);
        if (target instanceof ObjectNode o && (o.isEmpty() || random.nextBoolean())) {
            String name = o.isEmpty() || random.nextInt(4) == 0 ? "Fuzz" : pickName(o);
            o.put(name, MARK);
            where += "/" + name;
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            int i = random.nextInt(a.size());
            a.set(i, a.textNode(MARK));
            where += "/" + i;
        } else if (target instanceof ArrayNode a) {
            a.add(MARK);
            where += "/0";
        } else {
            ((ObjectNode) target).put("Fuzz", MARK);
            where += "/Fuzz";
        }
        String shown = leafText.length() > 40 ? leafText.substring(0, 20) + "..." : leafText;
        return new Mutation("/" + where + " := " + shown, text(copy).replace("\"" + MARK + "\"", leafText)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Mutation remove(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        List<String> path = new ArrayList<>();
        JsonNode target = pickContainer(copy, path);
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            String name = pickName(o);
            o.remove(name);
            path.add(name);
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            int i = random.nextInt(a.size());
            a.remove(i);
            path.add(Integer.toString(i));
        }
        return new Mutation("removed /" + String.join("/", path), text(copy).getBytes(StandardCharsets.UTF_8));
    }

    private Mutation mailbox(JsonNode tree) {
        if (!(tree instanceof ObjectNode root)) {
            return remove(tree);
        }
        JsonNode meta = root.get("MetaData");
        if (meta instanceof ObjectNode m && random.nextBoolean()) {
            String field = random.nextBoolean() ? "ActiveSession" : "ForceLoadSession";
            ObjectNode copy = root.deepCopy();
            ((ObjectNode) copy.get("MetaData")).put(field, MARK);
            String[] tags = {"[]", "[1818]", "[\"p\",\"j\"]", "[1818,\"job\",\"s\",4]", "{\"a\":1}", "7"};
            String tag = tags[random.nextInt(tags.length)];
            return new Mutation("/MetaData/" + field + " := " + tag, text(copy).replace("\"" + MARK + "\"", tag)
                    .getBytes(StandardCharsets.UTF_8));
        }
        String[] boxes = {"[1,[[\"a\"]]]", "[1,1,\"no\",{}]", "[\"x\",[]]", "[1.5,[]]", "[1,[[1,1,false]]]",
            "[1,[[1,\"v\",false,{}]]]", "[2,[[1,{\"m\":1}],[1,{\"m\":2}]]]", "[-1,[]]", "{}", "7"};
        String box = boxes[random.nextInt(boxes.length)];
        ObjectNode copy = root.deepCopy();
        copy.put("GlobalUpdates", MARK);
        return new Mutation("/GlobalUpdates := " + box, text(copy).replace("\"" + MARK + "\"", box)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A random table of the tree (the root included), its path collected into {@code path}. */
    private JsonNode pickContainer(JsonNode root, List<String> path) {
        JsonNode at = root;
        while (random.nextInt(3) != 0) {
            List<String> names = new ArrayList<>();
            at.fieldNames().forEachRemaining(names::add);
            int children = at.isArray() ? at.size() : names.size();
            if (children == 0) {
                break;
            }
            int i = random.nextInt(children);
            JsonNode next = at.isArray() ? at.get(i) : at.get(names.get(i));
            if (!(next instanceof ContainerNode<?>)) {
                break;
            }
            path.add(at.isArray() ? Integer.toString(i) : names.get(i));
            at = next;
        }
        return at;
    }

    private String pickName(ObjectNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names.get(random.nextInt(names.size()));
    }

    static String nested(int levels) {
        return "[".repeat(levels) + "]".repeat(levels);
    }

    private static String text(JsonNode n) {
        try {
            return PLAIN.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mutated input and what was done to it. */
    record Mutation(String description, byte[] bytes) {
    }
}
