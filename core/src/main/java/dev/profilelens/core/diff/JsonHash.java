package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** A structural hash consistent with {@link JsonEquals}: equal trees hash equally (member order ignored). */
public final class JsonHash {
    private JsonHash() {
    }

    public static int of(JsonNode n) {
        if (n.isNumber()) {
            return Double.hashCode(n.doubleValue());
        }
        if (n.isObject()) {
            int h = 0x51ED;
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                h += e.getKey().hashCode() ^ of(e.getValue());
            }
            return h;
        }
        if (n.isArray()) {
            int h = 0xA77A;
            for (JsonNode c : n) {
                h = 31 * h + of(c);
            }
            return h;
        }
        return n.hashCode();
    }

    static int[] ofElements(JsonNode array, int from, int to) {
        int[] hashes = new int[to - from];
        for (int i = from; i < to; i++) {
            hashes[i - from] = of(array.get(i));
        }
        return hashes;
    }
}
