package dev.profilelens.app.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import java.util.List;
import javafx.scene.control.TreeItem;
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

    @Test
    void anAppendedItemAddsOneRowAndTheOthersStayAsTheyWere() {
        ArrayNode items = (ArrayNode) RobloxJson.parse("[{\"Id\":\"a\"},{\"Id\":\"b\"},{\"Id\":\"c\"}]");
        JsonTreeItem inventory = new JsonTreeItem(new JsonTreeItem.Row("Inventory", "/Data/Inventory", items));
        List<TreeItem<JsonTreeItem.Row>> before = List.copyOf(inventory.getChildren());
        before.get(1).setExpanded(true);
        TreeItem<JsonTreeItem.Row> idOfB = before.get(1).getChildren().get(0);
        int[] changes = {0};
        inventory.getChildren().addListener((javafx.collections.ListChangeListener<TreeItem<JsonTreeItem.Row>>)
                c -> changes[0]++);

        ArrayNode appended = items.deepCopy();
        appended.set(0, items.get(0));
        appended.set(1, items.get(1));
        appended.set(2, items.get(2));
        appended.add(RobloxJson.parse("{\"Id\":\"d\"}"));
        inventory.reload(appended);

        assertThat(inventory.getChildren()).hasSize(4);
        assertThat(inventory.getChildren().subList(0, 3)).as("the same items").containsExactlyElementsOf(before);
        assertThat(inventory.getChildren().get(3).getValue().path()).isEqualTo("/Data/Inventory/3");
        assertThat(inventory.getChildren().get(3).getValue().name()).isEqualTo("[4]");
        assertThat(before.get(1).isExpanded()).isTrue();
        assertThat(before.get(1).getChildren().get(0)).as("the open row's own rows stay").isSameAs(idOfB);
        assertThat(changes[0]).as("one change: the added row").isEqualTo(1);
    }

    @Test
    void aRemovedItemRebuildsTheRowsAfterItAndKeepsWhatWasOpenByPath() {
        ArrayNode items = (ArrayNode) RobloxJson.parse("[{\"Id\":\"a\"},{\"Id\":\"b\"},{\"Id\":\"c\"}]");
        JsonTreeItem inventory = new JsonTreeItem(new JsonTreeItem.Row("Inventory", "/Inventory", items));
        List<TreeItem<JsonTreeItem.Row>> before = List.copyOf(inventory.getChildren());
        before.get(2).setExpanded(true);

        ArrayNode removed = RobloxJson.nodes().arrayNode().add(items.get(0)).add(items.get(2));
        inventory.reload(removed);

        assertThat(inventory.getChildren()).hasSize(2);
        assertThat(inventory.getChildren().get(0)).isSameAs(before.get(0));
        TreeItem<JsonTreeItem.Row> second = inventory.getChildren().get(1);
        assertThat(second).isNotSameAs(before.get(2));
        assertThat(second.getValue().node()).isSameAs(items.get(2));
        assertThat(second.getValue().name()).isEqualTo("[2]");
        assertThat(second.getValue().path()).isEqualTo("/Inventory/1");
        assertThat(inventory.getChildren().stream().filter(TreeItem::isExpanded)).isEmpty();
    }

    @Test
    void aChangedMemberIsBuiltAgainAndItsOpenRowsReopen() {
        ObjectNode data = (ObjectNode) RobloxJson.parse(
                "{\"Coins\":1,\"Stats\":{\"Atk\":{\"Base\":1}},\"Name\":\"x\"}");
        JsonTreeItem root = new JsonTreeItem(new JsonTreeItem.Row("Data", "/Data", data));
        List<TreeItem<JsonTreeItem.Row>> before = List.copyOf(root.getChildren());
        before.get(1).setExpanded(true);
        before.get(1).getChildren().get(0).setExpanded(true);

        ObjectNode changed = data.deepCopy();
        changed.set("Coins", data.get("Coins"));
        changed.set("Name", data.get("Name"));
        ((ObjectNode) changed.get("Stats")).put("Def", 2);
        root.reload(changed);

        assertThat(root.getChildren().get(0)).isSameAs(before.get(0));
        assertThat(root.getChildren().get(2)).isSameAs(before.get(2));
        TreeItem<JsonTreeItem.Row> stats = root.getChildren().get(1);
        assertThat(stats).isNotSameAs(before.get(1));
        assertThat(stats.isExpanded()).isTrue();
        assertThat(stats.getChildren()).hasSize(2);
        assertThat(stats.getChildren().get(0).isExpanded()).as("Stats/Atk stays open").isTrue();
    }
}
