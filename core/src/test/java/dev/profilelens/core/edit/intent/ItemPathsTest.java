package dev.profilelens.core.edit.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intents inside array items address the item by its id-like field, so items moving meanwhile do not misdirect. */
class ItemPathsTest {
    private static final JsonNode READ = json("{\"Data\":{\"Inventory\":[{\"Id\":\"a\",\"Count\":1},"
            + "{\"Id\":\"b/c\",\"Count\":5,\"Tags\":[{\"Guid\":7,\"On\":true}]}],\"Plain\":[{\"N\":1},{\"N\":2}],"
            + "\"Dup\":[{\"Id\":\"x\",\"N\":1},{\"Id\":\"x\",\"N\":2}]}}");

    private static JsonNode json(String s) {
        return RobloxJson.parse(s);
    }

    @Test
    void indicesOfItemsWithAnIdBecomeSelectorsOthersStay() {
        assertThat(ItemPaths.identified(READ, "/Data/Inventory/1/Count"))
                .isEqualTo("/Data/Inventory/[Id=\"b~1c\"]/Count");
        assertThat(ItemPaths.identified(READ, "/Data/Inventory/1/Tags/0/On"))
                .isEqualTo("/Data/Inventory/[Id=\"b~1c\"]/Tags/[Guid=7]/On");
        assertThat(ItemPaths.identified(READ, "/Data/Plain/1/N")).as("no id-like field").isEqualTo("/Data/Plain/1/N");
        assertThat(ItemPaths.identified(READ, "/Data/Dup/1/N")).as("an id that is not unique")
                .isEqualTo("/Data/Dup/1/N");
        assertThat(ItemPaths.identified(READ, "/Data/Missing/3/N")).isEqualTo("/Data/Missing/3/N");
        assertThat(ItemPaths.at(READ, "/Data/Inventory/[Id=\"b~1c\"]/Tags/[Guid=7]/On")).isEqualTo(json("true"));
    }

    @Test
    void anEditLandsOnTheSameItemAfterTheGameInsertedOneBeforeIt() {
        Intent delta = ItemPaths.byIdentity(AddDelta.of("/Data/Inventory/1/Count", 3), READ);
        Intent set = ItemPaths.byIdentity(new SetValue("/Data/Inventory/0/Count", json("9"), json("1")), READ);
        JsonNode latest = json("{\"Data\":{\"Inventory\":[{\"Id\":\"new\",\"Count\":100},{\"Id\":\"a\",\"Count\":1},"
                + "{\"Id\":\"b/c\",\"Count\":5}]}}");
        JsonNode v = Intents.apply(latest, List.of(delta, set)).value();
        assertThat(v.at("/Data/Inventory/0/Count").asInt()).as("the inserted item is untouched").isEqualTo(100);
        assertThat(v.at("/Data/Inventory/1/Count").asInt()).isEqualTo(9);
        assertThat(v.at("/Data/Inventory/2/Count").asInt()).isEqualTo(8);
    }

    @Test
    void anEditOfAnItemRemovedMeanwhileFailsInsteadOfLandingOnAnother() {
        Intent set = ItemPaths.byIdentity(new SetValue("/Data/Inventory/0/Count", json("9"), json("1")), READ);
        JsonNode latest = json("{\"Data\":{\"Inventory\":[{\"Id\":\"b/c\",\"Count\":1}]}}");
        assertThatThrownBy(() -> Intents.apply(latest, List.of(set))).isInstanceOf(IntentFailedException.class)
                .hasMessageContaining("[Id=\"a\"]");
        JsonNode twice = json("{\"Data\":{\"Inventory\":[{\"Id\":\"a\",\"Count\":1},{\"Id\":\"a\",\"Count\":1}]}}");
        assertThatThrownBy(() -> Intents.apply(twice, List.of(set))).isInstanceOf(IntentFailedException.class);
    }

    @Test
    void wholeItemsKeysAndNestedArraysAreAddressedTooTagsAreNot() {
        JsonNode item = json("{\"Id\":\"b/c\",\"Count\":6}");
        Intent whole = ItemPaths.byIdentity(new SetValue("/Data/Inventory/1", item, READ.at("/Data/Inventory/1")),
                READ);
        assertThat(whole.path()).isEqualTo("/Data/Inventory/[Id=\"b~1c\"]");
        assertThat(ItemPaths.byIdentity(new RemoveKey("/Data/Inventory/1/Tags"), READ).path())
                .isEqualTo("/Data/Inventory/[Id=\"b~1c\"]/Tags");
        Intent append = ItemPaths.byIdentity(new AppendItem("/Data/Inventory/1/Tags", json("{\"Guid\":8}")), READ);
        Intent remove = ItemPaths.byIdentity(new RemoveItem("/Data/Inventory/1/Tags",
                ItemMatch.byField("Guid", json("7"))), READ);
        JsonNode moved = json("{\"Data\":{\"Inventory\":[{\"Id\":\"b/c\",\"Count\":5,\"Tags\":[{\"Guid\":7}]},"
                + "{\"Id\":\"a\",\"Count\":1}]}}");
        JsonNode v = Intents.apply(moved, List.of(append, remove)).value();
        assertThat(v.at("/Data/Inventory/0/Tags")).isEqualTo(json("[{\"Guid\":8}]"));
        Intent tag = SetTag.of("X", json("1"));
        assertThat(ItemPaths.byIdentity(tag, READ)).isSameAs(tag);
        assertThat(ItemPaths.byIdentity(new SetValue("/Data/Inventory/1", item, null), moved)
                .path()).as("identified against the value it is applied to").isEqualTo("/Data/Inventory/[Id=\"a\"]");
    }

    @Test
    void aSelectorThatIsNotJsonIsNoItemStep() {
        assertThat(ItemPaths.at(READ, "/Data/Inventory/[Id=oops]")).isNull();
        assertThat(ItemPaths.at(READ, "/Data/Inventory/7")).isNull();
    }
}
