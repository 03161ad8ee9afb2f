package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** An edit changes only what it changed: every untouched part keeps its stored spelling (issue #18 item 3). */
class KeepingWriterTest {
    private static final String STORED = "{\"Data\": {\"Big\": 1e+300, \"Name\": \"caf\\u00e9\", \"Coins\": 5,"
            + " \"Items\": [{\"Id\": \"a\", \"N\": 1.50}, {\"Id\": \"b\"}]}, \"MetaTags\": {\"V\": -0},"
            + " \"Empty\": {}}";

    private static String keep(JsonNode edited) {
        return new String(RobloxJson.writeKeeping(edited, bytes(STORED)), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aChangedNumberLeavesTheSpellingOfEverythingElse() {
        ObjectNode v = (ObjectNode) RobloxJson.parse(STORED);
        ((ObjectNode) v.get("Data")).put("Coins", 505);

        String out = keep(v);

        assertThat(out).contains("\"Coins\":505").contains("\"Big\":1e+300").contains("\"Name\":\"caf\\u00e9\"")
                .contains("[{\"Id\": \"a\", \"N\": 1.50}, {\"Id\": \"b\"}]").contains("\"MetaTags\":{\"V\": -0}")
                .contains("\"Empty\":{}");
        assertThat(JsonEquality.equal(RobloxJson.parse(out), v)).isTrue();
        // the plain writer would have respelled them
        assertThat(RobloxJson.writeString(v)).contains("1E+300").contains("café");
    }

    @Test
    void addedRemovedAndAppendedPartsAreWrittenByTheRulesAndTheRestIsKept() {
        ObjectNode v = (ObjectNode) RobloxJson.parse(STORED);
        ObjectNode data = (ObjectNode) v.get("Data");
        data.remove("Name");
        data.put("Gems", 2.0);
        ArrayNode items = (ArrayNode) data.get("Items");
        items.addObject().put("Id", "c");

        String out = keep(v);

        assertThat(out).doesNotContain("caf").contains("\"Gems\":2").contains("\"Big\":1e+300")
                .contains("[{\"Id\": \"a\", \"N\": 1.50},{\"Id\": \"b\"},{\"Id\":\"c\"}]");
        assertThat(JsonEquality.equal(RobloxJson.parse(out), v)).isTrue();
    }

    @Test
    void anUnchangedValueIsTheStoredTextAndStoredTextThatIsNotJsonIsNotReused() {
        assertThat(keep(RobloxJson.parse(STORED))).isEqualTo(STORED);
        JsonNode v = RobloxJson.parse("{\"a\":1}");
        assertThat(RobloxJson.writeKeeping(v, bytes("{\"a\":1,\"a\":2}"))).isEqualTo(RobloxJson.write(v));
        assertThat(RobloxJson.writeKeeping(v, bytes("not json"))).isEqualTo(RobloxJson.write(v));
    }

    @Test
    void aChangedPartIsStillCheckedLikeAnyWrite() {
        ObjectNode v = (ObjectNode) RobloxJson.parse(STORED);
        ((ObjectNode) v.get("Data")).put("Bad", Double.NaN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keep(v))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("NaN");
    }

    @Provide
    Arbitrary<JsonNode> tables() {
        return HostileJson.table(4);
    }

    /** Whatever the stored and the new value, the kept text reads back to the new value. */
    @Property(tries = 300)
    void theKeptTextReadsBackToTheNewValue(@ForAll("tables") JsonNode stored, @ForAll("tables") JsonNode edited) {
        byte[] storedBytes;
        byte[] plain;
        try {
            ObjectNode doc = RobloxJson.nodes().objectNode();
            doc.set("s", stored);
            storedBytes = RobloxJson.write(doc);
            plain = RobloxJson.write(edited);
        } catch (InvalidInputException refused) {
            return;
        }
        JsonNode expected = RobloxJson.parse(plain);
        JsonNode storedBack = RobloxJson.parse(storedBytes);
        ObjectNode mixed = ((ObjectNode) storedBack.deepCopy());
        mixed.set("edited", expected);
        JsonNode kept = RobloxJson.parse(RobloxJson.writeKeeping(mixed, storedBytes));
        assertThat(JsonEquality.equal(kept, RobloxJson.parse(RobloxJson.write(mixed)))).isTrue();
        assertThat(JsonEquality.equal(RobloxJson.parse(RobloxJson.writeKeeping(expected, storedBytes)), expected))
                .isTrue();
    }
}
