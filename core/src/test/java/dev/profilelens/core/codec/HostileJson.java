package dev.profilelens.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of values built in code the way an editor, a transform or a hostile file could build them:
 * ordinary leaves mixed with the ones Roblox refuses (NaN, infinities, numbers beyond a double, nil inside tables,
 * lone surrogates in strings and keys), tables of a few levels, and chains nested around the nesting limit.
 */
public final class HostileJson {
    private static final char[] LONE = {'\uD800', '\uDBFF', '\uDC00', '\uDFFF'};

    private HostileJson() {
    }

    /** Text with, sometimes, a lone surrogate at a random place (also a valid pair, which must stay accepted). */
    public static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withChars("é/~ \"\\😀")
                .ofMaxLength(6);
        Arbitrary<String> broken = Combinators.combine(plain, Arbitraries.of(LONE[0], LONE[1], LONE[2], LONE[3]),
                Arbitraries.integers().between(0, 6)).as((s, c, at) -> {
                    int i = Math.min(at, s.length());
                    return s.substring(0, i) + c + s.substring(i);
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, plain), net.jqwik.api.Tuple.of(1, broken));
    }

    /** One leaf: ordinary or hostile. */
    public static Arbitrary<JsonNode> leaf() {
        var n = RobloxJson.nodes();
        return Arbitraries.oneOf(List.of(
                Arbitraries.integers().map(i -> (JsonNode) n.numberNode(i)),
                Arbitraries.longs().map(l -> (JsonNode) n.numberNode(l)),
                Arbitraries.doubles().map(d -> (JsonNode) n.numberNode(d)),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0d)
                        .map(d -> (JsonNode) n.numberNode(d)),
                Arbitraries.of("1e400", "-1e999", "0.1", "123456789012345678901234567890", "1e-400")
                        .map(s -> (JsonNode) n.numberNode(new BigDecimal(s))),
                text().map(s -> (JsonNode) n.textNode(s)),
                Arbitraries.of(true, false).map(b -> (JsonNode) n.booleanNode(b)),
                Arbitraries.just(n.nullNode())));
    }

    /** A value up to {@code depth} tables deep: leaves, arrays and objects of up to 4 members. */
    public static Arbitrary<JsonNode> value(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<JsonNode> inner = Arbitraries.lazy(() -> value(depth - 1));
        Arbitrary<JsonNode> array = inner.list().ofMaxSize(4).map(items -> {
            ArrayNode a = RobloxJson.nodes().arrayNode();
            items.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> object = Combinators.combine(text(), inner).as(java.util.Map::entry).list().ofMaxSize(4)
                .map(members -> {
                    ObjectNode o = RobloxJson.nodes().objectNode();
                    members.forEach(m -> o.set(m.getKey(), m.getValue()));
                    return o;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, leaf()), net.jqwik.api.Tuple.of(2, array),
                net.jqwik.api.Tuple.of(2, object));
    }

    /** A table: the top level is always an array or an object. */
    public static Arbitrary<JsonNode> table(int depth) {
        return value(depth).filter(v -> v.isContainerNode());
    }

    /** {@code levels} tables, each an array or an object with a one-letter key, around one number. */
    public static JsonNode chain(List<Boolean> objectAtLevel, String key) {
        JsonNode v = RobloxJson.nodes().numberNode(7);
        for (int i = objectAtLevel.size() - 1; i >= 0; i--) {
            if (objectAtLevel.get(i)) {
                ObjectNode o = RobloxJson.nodes().objectNode();
                o.set(key, v);
                v = o;
            } else {
                ArrayNode a = RobloxJson.nodes().arrayNode();
                a.add(v);
                v = a;
            }
        }
        return v;
    }
}
