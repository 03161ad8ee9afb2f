package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A parsed table's members behave as the {@code LinkedHashMap} Jackson would have made, small or large. */
class TableMembersTest {

    @Test
    void randomOperationsGiveWhatALinkedHashMapGives() {
        Random r = new Random(20261206);
        for (int round = 0; round < 300; round++) {
            TableMembers m = new TableMembers(r.nextInt(6));
            Map<String, JsonNode> want = new LinkedHashMap<>();
            int names = 1 + r.nextInt(TableMembers.SMALL * 2 + 4);
            for (int op = 0; op < 200; op++) {
                String name = "k" + r.nextInt(names);
                IntNode v = IntNode.valueOf(r.nextInt(1000));
                switch (r.nextInt(8)) {
                    case 0, 1, 2 -> assertThat(m.put(name, v)).isEqualTo(want.put(name, v));
                    case 3 -> assertThat(m.remove(name)).isEqualTo(want.remove(name));
                    case 4 -> removeEveryThird(m, want, r.nextInt(3));
                    case 5 -> setEachValue(m, want, op);
                    case 6 -> assertThat(m.get(name)).isEqualTo(want.get(name));
                    default -> assertThat(m.containsKey(name)).isEqualTo(want.containsKey(name));
                }
                assertThat(List.copyOf(m.entrySet())).isEqualTo(List.copyOf(want.entrySet()));
                assertThat(List.copyOf(m.keySet())).isEqualTo(List.copyOf(want.keySet()));
                assertThat(m.size()).isEqualTo(want.size());
                assertThat(m).isEqualTo(want);
                assertThat(want).isEqualTo(m);
                assertThat(m.hashCode()).isEqualTo(want.hashCode());
            }
        }
    }

    private static void removeEveryThird(TableMembers m, Map<String, JsonNode> want, int start) {
        for (Map<String, JsonNode> map : List.of(m, want)) {
            int i = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = map.entrySet().iterator(); it.hasNext(); i++) {
                it.next();
                if (i % 3 == start) {
                    it.remove();
                }
            }
        }
    }

    private static void setEachValue(TableMembers m, Map<String, JsonNode> want, int op) {
        for (Map<String, JsonNode> map : List.of(m, want)) {
            for (Map.Entry<String, JsonNode> e : map.entrySet()) {
                assertThat(e.setValue(IntNode.valueOf(op))).isNotNull();
                assertThat(e.getValue()).isEqualTo(IntNode.valueOf(op));
            }
        }
    }

    @Test
    void aReplacedMemberKeepsItsPlaceAndTheNodeSeesTheTableAsJacksonWould() {
        ObjectNode parsed = (ObjectNode) RobloxJson.parse("{\"b\":1,\"a\":2,\"c\":3}");
        parsed.put("a", 20);
        parsed.put("d", 4);
        List<String> names = new ArrayList<>();
        parsed.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("b", "a", "c", "d");
        ObjectNode made = RobloxJson.nodes().objectNode().put("b", 1).put("a", 20).put("c", 3).put("d", 4);
        assertThat(parsed).isEqualTo(made);
        assertThat(made).isEqualTo(parsed);
        assertThat(parsed.hashCode()).isEqualTo(made.hashCode());
        assertThat(RobloxJson.writeString(parsed)).isEqualTo("{\"b\":1,\"a\":20,\"c\":3,\"d\":4}");
        parsed.remove(List.of("b", "d"));
        assertThat(RobloxJson.writeString(parsed)).isEqualTo("{\"a\":20,\"c\":3}");
        assertThat(parsed.deepCopy()).isEqualTo(parsed);
    }

    @Test
    void aLargeTableKeepsItsOrderAndFindsEveryName() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < 5_000; i++) {
            text.append(i == 0 ? "" : ",").append("\"n").append(4_999 - i).append("\":").append(i);
        }
        ObjectNode big = (ObjectNode) RobloxJson.parse(text.append('}').toString());
        assertThat(big.size()).isEqualTo(5_000);
        assertThat(big.fieldNames().next()).isEqualTo("n4999");
        for (int i = 0; i < 5_000; i++) {
            assertThat(big.get("n" + i).asInt()).isEqualTo(4_999 - i);
        }
        assertThatThrownBy(() -> RobloxJson.parse("{\"a\":1,\"b\":2,\"a\":3}"))
                .hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void changingTheTableWhileWalkingItIsRefused() {
        TableMembers m = new TableMembers(2);
        m.put("a", IntNode.valueOf(1));
        m.put("b", IntNode.valueOf(2));
        Iterator<String> it = m.keySet().iterator();
        it.next();
        m.put("c", IntNode.valueOf(3));
        assertThatThrownBy(it::next).isInstanceOf(ConcurrentModificationException.class);
        Iterator<String> again = m.keySet().iterator();
        assertThatThrownBy(again::remove).isInstanceOf(IllegalStateException.class);
    }
}
