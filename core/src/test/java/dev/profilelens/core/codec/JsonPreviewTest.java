package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

/** The start of a value's compact text, the same characters as the whole text's start. */
class JsonPreviewTest {
    @Test
    void aShortValueIsWrittenWhole() {
        JsonNode v = RobloxJson.parse("{\"Coins\":1.5,\"Name\":\"Ünïcødé ✓\",\"Empty\":[]}");
        assertThat(JsonPreview.start(v, 81)).isEqualTo(RobloxJson.writeString(v));
    }

    @Test
    void aLargeValueGivesTheStartOfItsText() {
        ArrayNode items = RobloxJson.nodes().arrayNode();
        for (int i = 0; i < 50_000; i++) {
            items.addObject().put("Id", "item-" + i).put("Name", "Épée ✓ " + i).put("Level", i % 50);
        }
        String whole = RobloxJson.writeString(items);
        for (int n : new int[] {1, 81, 8_000, 8_193, 100_000}) {
            assertThat(JsonPreview.start(items, n)).as("%d characters", n).isEqualTo(whole.substring(0, n));
        }
    }
}
