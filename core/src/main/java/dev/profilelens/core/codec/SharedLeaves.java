package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Leaf nodes shared within one parse: a short string that repeats (item names, rarities, enum-like values) is one
 * node, and so is each small integer. A 4 MB inventory then holds a third fewer objects, which is less to allocate
 * and less for the collector to copy while the profile opens. The nodes are immutable, so sharing is invisible to
 * readers and editors (an edit replaces a node, it never changes one).
 */
final class SharedLeaves {
    private static final int MAX_LENGTH = 24;
    private static final int MAX_TEXTS = 4096;
    private static final IntNode[] INTS = new IntNode[1024];

    static {
        for (int i = 0; i < INTS.length; i++) {
            INTS[i] = IntNode.valueOf(i);
        }
    }

    private final Map<String, TextNode> texts = new HashMap<>();

    TextNode text(String s) {
        if (s.length() > MAX_LENGTH) {
            return TextNode.valueOf(s);
        }
        TextNode n = texts.get(s);
        if (n == null) {
            n = TextNode.valueOf(s);
            if (texts.size() < MAX_TEXTS) {
                texts.put(s, n);
            }
        }
        return n;
    }

    static JsonNode integer(int v) {
        return v >= 0 && v < INTS.length ? INTS[v] : IntNode.valueOf(v);
    }
}
