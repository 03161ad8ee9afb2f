package dev.profilelens.app.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import org.junit.jupiter.api.Test;

/** Rows are the same row when they show the same node object; equal contents read twice are different rows. */
class JsonTreeItemTest {
    @Test
    void rowsCompareTheirNodesByIdentityNotByContent() {
        JsonNode first = RobloxJson.parse("{\"Inventory\":[1,2,3]}");
        JsonNode again = RobloxJson.parse("{\"Inventory\":[1,2,3]}");
        assertThat(again).isEqualTo(first);
        JsonTreeItem.Row row = new JsonTreeItem.Row("Data", "/Data", first);
        assertThat(row).isEqualTo(new JsonTreeItem.Row("Data", "/Data", first))
                .hasSameHashCodeAs(new JsonTreeItem.Row("Data", "/Data", first));
        assertThat(row).isNotEqualTo(new JsonTreeItem.Row("Data", "/Data", again))
                .isNotEqualTo(new JsonTreeItem.Row("Other", "/Data", first));
    }
}
