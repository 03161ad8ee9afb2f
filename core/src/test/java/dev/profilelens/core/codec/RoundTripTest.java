package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** vectors/README.md round trip: decode + encode keeps every number's double, integral numbers integral. */
class RoundTripTest {

    static Stream<String> storedNames() throws IOException {
        try (Stream<Path> files = Files.list(SharedVectors.dir().resolve("stored"))) {
            return files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedNames")
    void everyStoredVectorRoundTripsToTheSameLuaValue(String name) {
        byte[] bytes = SharedVectors.stored(name);
        JsonNode first = RobloxJson.parse(bytes);
        byte[] written = RobloxJson.write(first);
        JsonNode again = RobloxJson.parse(written);
        assertSameLuaValue(first, again, "");
        // Compact vectors written by Roblox come back byte for byte.
        if (!name.equals("numbers-roundtrip")) {
            assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(bytes,
                    StandardCharsets.UTF_8).strip());
        }
    }

    @Test
    void numbersKeepTheirDoublesAndIntegralNumbersStayIntegral() {
        JsonNode v = RobloxJson.parse(SharedVectors.stored("numbers-roundtrip"));
        String out = RobloxJson.writeString(v);
        assertThat(out).contains("\"int\":68,").contains("\"float\":68.5").contains("\"z\":1,")
                .contains("\"neg\":-0,").contains("\"list\":[1,2.25,-3]").contains("\"empty\":[]")
                .contains("\"Ratio\":0.30000000000000004").contains("\"RobloxMetaData\":[]");
        JsonNode back = RobloxJson.parse(out);
        JsonNode data = back.get("Data");
        assertThat(data.get("a").doubleValue()).isEqualTo(0.1);
        assertThat(data.get("huge").doubleValue()).isEqualTo(1e300);
        assertThat(data.get("tiny").doubleValue()).isEqualTo(1.5e-7);
        assertThat(data.get("big").doubleValue()).isEqualTo(12345678901234567d);
        assertThat(Double.doubleToRawLongBits(data.get("neg").doubleValue()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0d));
        // key order is kept as read
        List<String> keys = new ArrayList<>();
        data.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("z", "a", "big", "huge", "tiny", "neg", "int", "float", "nested");
    }

    @Test
    void charactersBeyondTheBmpAreWrittenAsTheirUtf8BytesNotAsEscapes() {
        JsonNode v = RobloxJson.parse("{\"Pet\":\"Rex \\ud83d\\ude00\",\"\u00e9\ud83d\udc09\":1}");
        byte[] out = RobloxJson.write(v);
        assertThat(new String(out, StandardCharsets.UTF_8))
                .isEqualTo("{\"Pet\":\"Rex \ud83d\ude00\",\"\u00e9\ud83d\udc09\":1}");
        // U+1F600 is F0 9F 98 80 in UTF-8; no backslash is written
        assertThat(out).containsSequence((byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80)
                .doesNotContain((byte) '\\');
        assertThat(RobloxJson.pretty(v)).contains("Rex \ud83d\ude00").doesNotContain("\\u");
    }

    @Test
    void emptyObjectsAreWrittenAsEmptyArraysAndNullMembersAreOmitted() {
        JsonNode v = RobloxJson.parse("{\"a\":{},\"b\":null,\"c\":[{}],\"d\":{\"x\":null}}");
        assertThat(RobloxJson.writeString(v)).isEqualTo("{\"a\":[],\"c\":[[]],\"d\":[]}");
    }

    @Test
    void integralFractionsAndExponentsWithinTwoToThe53AreWrittenAsIntegers() {
        JsonNode v = RobloxJson.parse("[68.0,1e2,2.50,9007199254740992.0,1e16,-7.0]");
        assertThat(RobloxJson.writeString(v)).isEqualTo("[68,100,2.50,9007199254740992,1E+16,-7]");
        JsonNode back = RobloxJson.parse(RobloxJson.writeString(v));
        assertThat(back.get(4).doubleValue()).isEqualTo(1e16);
    }

    @Test
    void doublesBuiltInCodeFollowTheSameRules() {
        var n = RobloxJson.nodes();
        var a = n.arrayNode().add(3.0).add(0.5).add(-0.0).add(1e20);
        assertThat(RobloxJson.writeString(a)).isEqualTo("[3,0.5,-0,1.0E20]");
        assertThatThrownBy(() -> RobloxJson.write(n.arrayNode().add(1.0).add(Double.NaN)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("/1");
    }

    @Test
    void repeatedShortStringsAndSmallIntegersShareOneNodeWithoutChangingTheValueOrItsEdits() {
        String longName = "L".repeat(30);
        String stored = "{\"a\":[{\"Item\":\"Blade\",\"Lv\":7,\"N\":\"" + longName + "\"},"
                + "{\"Item\":\"Blade\",\"Lv\":7,\"N\":\"" + longName + "\"}],\"big\":5000000}";
        JsonNode root = RobloxJson.parse(stored);
        JsonNode first = root.get("a").get(0);
        JsonNode second = root.get("a").get(1);
        assertThat(first.get("Item")).isSameAs(second.get("Item"));
        assertThat(first.get("Lv")).isSameAs(second.get("Lv"));
        assertThat(first.get("N")).isNotSameAs(second.get("N")).isEqualTo(second.get("N"));
        assertThat(RobloxJson.writeString(root)).isEqualTo(stored);
        ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("Item", "Bow");
        assertThat(second.get("Item").textValue()).isEqualTo("Blade");
        assertThatThrownBy(() -> RobloxJson.parse("{\"a\":{\"b\":1,\"c\":2,\"b\":3}}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Duplicate field 'b'")
                .hasMessageContaining("line 1");
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> RobloxJson.parse("{\n  \"a\": 1,\n  \"b\": }"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 3, column");
        assertThatThrownBy(() -> RobloxJson.parse("{\"a\":1} 5")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("after the JSON value");
        assertThatThrownBy(() -> RobloxJson.parse("")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> RobloxJson.parse("{\"a\":1,\"a\":2}")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Duplicate");
    }

    private static void assertSameLuaValue(JsonNode a, JsonNode b, String path) {
        if (a.isNumber()) {
            assertThat(b.isNumber()).as(path).isTrue();
            assertThat(Double.doubleToRawLongBits(b.doubleValue())).as(path)
                    .isEqualTo(Double.doubleToRawLongBits(a.doubleValue()));
            return;
        }
        assertThat(b.getNodeType()).as(path).isEqualTo(a.getNodeType());
        assertThat(b.size()).as(path).isEqualTo(a.size());
        if (a.isObject()) {
            a.properties().forEach(e -> assertSameLuaValue(e.getValue(), b.get(e.getKey()),
                    path + "/" + e.getKey()));
        } else if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                assertSameLuaValue(a.get(i), b.get(i), path + "/" + i);
            }
        } else {
            assertThat(b).as(path).isEqualTo(a);
        }
    }
}
