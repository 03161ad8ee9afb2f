package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sharing parse gives what a plain parse shared afterwards gives: the same value, sharing the same parts. */
class SharingParserTest {
    private static final String EARLIER = "{\"Data\":{\"Coins\":5,\"Inventory\":[{\"Id\":\"a\",\"Level\":1},"
            + "{\"Id\":\"b\",\"Level\":2}],\"Ratio\":0.5,\"Zero\":0,\"Name\":\"x\",\"On\":true,\"Gone\":null},"
            + "\"MetaTags\":{\"DataVersion\":3}}";

    @Test
    void anUnchangedTextIsTheEarlierValueAndAChangeMakesOnlyItsPath() {
        JsonNode earlier = RobloxJson.parse(EARLIER);
        assertThat(SharingParser.parse(EARLIER.replace(",", " ,\n "), earlier)).isSameAs(earlier);
        JsonNode changed = SharingParser.parse(EARLIER.replace("\"Level\":2", "\"Level\":20"), earlier);
        assertThat(changed.at("/Data/Inventory/1/Level").asInt()).isEqualTo(20);
        assertThat(changed.at("/Data/Inventory/1/Id")).isSameAs(earlier.at("/Data/Inventory/1/Id"));
        assertThat(changed.at("/Data/Inventory/0")).isSameAs(earlier.at("/Data/Inventory/0"));
        assertThat(changed.get("MetaTags")).isSameAs(earlier.get("MetaTags"));
        assertThat(changed.at("/Data/Inventory")).isNotSameAs(earlier.at("/Data/Inventory"));
        assertThat(SharingParser.parse(EARLIER, null)).isEqualTo(earlier).isNotSameAs(earlier);
        assertThat(earlier).as("the earlier value is untouched").isEqualTo(RobloxJson.parse(EARLIER));
    }

    @Test
    void badTextThrowsThePlainParsesErrorWithItsPlace() {
        JsonNode earlier = RobloxJson.parse(EARLIER);
        for (String bad : List.of(EARLIER.replace("5,", "5,,"), EARLIER.replace("\"Coins\":5", "\"Zero\":5"),
                EARLIER + " x", "", "  ", EARLIER.substring(0, 40), "[".repeat(NestingLimit.MAX_DEPTH + 1))) {
            String plain = message(() -> RobloxJson.parse(bad));
            assertThat(plain).as(bad).isNotNull();
            assertThat(message(() -> SharingParser.parse(bad, earlier))).as(bad).isEqualTo(plain);
        }
    }

    @Test
    void randomEditsOfRandomValuesGiveWhatSharingAPlainParseGives() {
        Random r = new Random(20261205);
        for (int round = 0; round < 3_000; round++) {
            JsonNode earlier = RobloxJson.parse(RandomJson.value(r, 0));
            String text = RandomJson.edit(r, earlier);
            String plain = message(() -> RobloxJson.parse(text));
            if (plain != null) {
                assertThat(message(() -> SharingParser.parse(text, earlier))).as(text).isEqualTo(plain);
                continue;
            }
            JsonNode expected = SharedNodes.share(RobloxJson.parse(text), earlier);
            JsonNode actual = SharingParser.parse(text, earlier);
            assertThat(RobloxJson.writeString(actual)).as(text).isEqualTo(RobloxJson.writeString(expected));
            assertThat(shared(actual, earlier, "")).as(text).isEqualTo(shared(expected, earlier, ""));
        }
    }

    /** The paths at which {@code node} is the earlier value's node itself (not looked into further). */
    private static List<String> shared(JsonNode node, JsonNode earlier, String path) {
        List<String> out = new ArrayList<>();
        if (node == earlier) {
            out.add(path);
            return out;
        }
        if (earlier == null) {
            return out;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.addAll(shared(e.getValue(), earlier.get(e.getKey()), path + "/" + e.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(shared(node.get(i), earlier.get(i), path + "/" + i));
            }
        }
        return out;
    }

    private static String message(Runnable parse) {
        try {
            parse.run();
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    @Test
    void aDuplicateNameAfterMatchingMembersIsStillRefused() {
        JsonNode earlier = RobloxJson.parse("{\"a\":1,\"b\":2}");
        assertThatThrownBy(() -> SharingParser.parse("{\"a\":1,\"a\":1}", earlier))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> SharingParser.parse("{\"a\":1,\"b\":2,\"b\":2}", earlier))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Duplicate field 'b'");
    }
}
