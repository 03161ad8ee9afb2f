package dev.profilelens.core.edit.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intents derived from a before/after pair, and re-applied to a value a server changed meanwhile. */
class IntentDiffTest {
    private static final String BASE = "{\"Data\":{\"Coins\":153608,\"Level\":3,\"Name\":\"a\",\"Inventory\":"
            + "[{\"Id\":\"1\",\"Item\":\"Sword\"},{\"Id\":\"2\",\"Item\":\"Bow\"}]},"
            + "\"MetaData\":{\"ProfileCreateTime\":1,"
            + "\"SessionLoadCount\":2,\"MetaTags\":{\"V\":1},\"LastUpdate\":5},\"GlobalUpdates\":[0,[]],"
            + "\"UserIds\":[1],\"RobloxMetaData\":{}}";

    private static ObjectNode base() {
        return (ObjectNode) RobloxJson.parse(BASE);
    }

    @Test
    void aChangedNumberIsADeltaByDefaultAndASetOnRequest() {
        ObjectNode mine = base();
        ((ObjectNode) mine.get("Data")).put("Coins", 154108);
        List<Intent> delta = IntentDiff.derive(base(), mine, IntentDiff.Numbers.DELTA);
        assertThat(delta).hasSize(1);
        assertThat(delta.get(0).describe()).isEqualTo("+500");
        List<Intent> set = IntentDiff.derive(base(), mine, IntentDiff.Numbers.SET);
        assertThat(set.get(0).describe()).isEqualTo("set 154108");

        ObjectNode theirs = base();
        ((ObjectNode) theirs.get("Data")).put("Coins", 156144);
        assertThat(Intents.apply(theirs, delta).value().at("/Data/Coins").asLong())
                .as("the server's 2,036 coins are kept").isEqualTo(156644);
    }

    @Test
    void arrayEditsBecomeRemovalsByIdentityAndAppends() {
        ObjectNode mine = base();
        var inv = (com.fasterxml.jackson.databind.node.ArrayNode) mine.at("/Data/Inventory");
        inv.remove(0);
        inv.addObject().put("Id", "3").put("Item", "Royal Crown");
        List<Intent> intents = IntentDiff.derive(base(), mine, IntentDiff.Numbers.DELTA);
        assertThat(intents).extracting(Intent::kind).containsExactly("remove-item", "append");
        assertThat(intents.get(0).describe()).isEqualTo("remove item Id=\"1\"");

        ObjectNode theirs = base();
        ((com.fasterxml.jackson.databind.node.ArrayNode) theirs.at("/Data/Inventory")).insertObject(0)
                .put("Id", "0").put("Item", "Hat");
        JsonNode out = Intents.apply(theirs, intents).value();
        assertThat(out.at("/Data/Inventory").toString()).isEqualTo("[{\"Id\":\"0\",\"Item\":\"Hat\"},"
                + "{\"Id\":\"2\",\"Item\":\"Bow\"},{\"Id\":\"3\",\"Item\":\"Royal Crown\"}]");
    }

    @Test
    void onlyWhatTheDeveloperOwnsBecomesIntents() {
        ObjectNode mine = base();
        ((ObjectNode) mine.get("MetaData")).putArray("ActiveSession").add(1).add("job");
        mine.putArray("GlobalUpdates").add(0).addArray();
        ((ObjectNode) mine.at("/MetaData/MetaTags")).put("V", 2).put("W", true);
        ((ObjectNode) mine.get("Data")).remove("Name");
        List<Intent> intents = IntentDiff.derive(base(), mine, IntentDiff.Numbers.DELTA);
        assertThat(intents).extracting(Intent::path).containsExactlyInAnyOrder("/Data/Name", "/MetaData/MetaTags/V",
                "/MetaData/MetaTags/W");
        assertThat(intents).extracting(Intent::kind).contains("remove", "tag");
    }

    @Test
    void aReorderIsASetOfTheWholeArray() {
        ObjectNode mine = base();
        var inv = (com.fasterxml.jackson.databind.node.ArrayNode) mine.at("/Data/Inventory");
        inv.add(inv.remove(0));
        List<Intent> intents = IntentDiff.derive(base(), mine, IntentDiff.Numbers.DELTA);
        assertThat(intents).hasSize(1);
        assertThat(intents.get(0)).isInstanceOf(SetValue.class);
        assertThat(((SetValue) intents.get(0)).expected()).isEqualTo(base().at("/Data/Inventory"));
    }

    @Test
    void anItemChangedInPlaceIsAddressedByItsIdAndLandsOnItAfterTheGameInsertedAnother() {
        ObjectNode before = base();
        ((ObjectNode) before.at("/Data/Inventory/1")).put("Level", 4);
        ObjectNode mine = before.deepCopy();
        ((ObjectNode) mine.at("/Data/Inventory/1")).put("Level", 6).put("Item", "Longbow");
        List<Intent> intents = IntentDiff.derive(before, mine, IntentDiff.Numbers.DELTA);
        assertThat(intents).extracting(Intent::path).containsExactly("/Data/Inventory/[Id=\"2\"]/Item",
                "/Data/Inventory/[Id=\"2\"]/Level");
        assertThat(intents).extracting(Intent::describe).containsExactly("set \"Longbow\"", "+2");

        ObjectNode theirs = before.deepCopy();
        var inv = (com.fasterxml.jackson.databind.node.ArrayNode) theirs.at("/Data/Inventory");
        inv.insertObject(0).put("Id", "0").put("Item", "Hat").put("Level", 1);
        ((ObjectNode) inv.get(2)).put("Level", 5);
        JsonNode out = Intents.apply(theirs, intents).value();
        assertThat(out.at("/Data/Inventory").toString()).as("the edit lands on item 2, the game's level-up kept")
                .isEqualTo("[{\"Id\":\"0\",\"Item\":\"Hat\",\"Level\":1},{\"Id\":\"1\",\"Item\":\"Sword\"},"
                        + "{\"Id\":\"2\",\"Item\":\"Longbow\",\"Level\":7}]");
    }

    @Test
    void aChangedItemBesideARemovalAndAnAppendKeepsEachAsItsOwnIntent() {
        ObjectNode mine = base();
        var inv = (com.fasterxml.jackson.databind.node.ArrayNode) mine.at("/Data/Inventory");
        inv.remove(0);
        ((ObjectNode) inv.get(0)).put("Item", "Longbow");
        inv.addObject().put("Id", "3").put("Item", "Royal Crown");
        List<Intent> intents = IntentDiff.derive(base(), mine, IntentDiff.Numbers.SET);
        assertThat(intents).extracting(Intent::kind).containsExactly("set", "remove-item", "append");
        assertThat(intents.get(0).path()).isEqualTo("/Data/Inventory/[Id=\"2\"]/Item");

        ObjectNode theirs = base();
        ((com.fasterxml.jackson.databind.node.ArrayNode) theirs.at("/Data/Inventory")).remove(1);
        assertThatThrownBy(() -> Intents.apply(theirs, intents))
                .as("the changed item is gone: the edit fails, it never lands on another item")
                .isInstanceOf(IntentFailedException.class);
    }

    @Test
    void anItemWithoutAnIdChangedInPlaceIsStillASetOfTheArray() {
        ObjectNode before = base();
        ((ObjectNode) before.get("Data")).putArray("Scores").add(1).add(2).add(3);
        ObjectNode mine = before.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) mine.at("/Data/Scores")).set(1, 5);
        List<Intent> intents = IntentDiff.derive(before, mine, IntentDiff.Numbers.DELTA);
        assertThat(intents).extracting(Intent::path).doesNotContain("/Data/Scores/1");
        assertThat(Intents.apply(before, intents).value().at("/Data/Scores").toString()).isEqualTo("[1,5,3]");
    }

    @Test
    void aChangedIdInALargeInventoryIsASetOfTheArrayFoundInLinearTime() {
        ObjectNode before = base();
        var inv = ((ObjectNode) before.get("Data")).putArray("Inventory");
        for (int i = 0; i < 20_000; i++) {
            inv.addObject().put("Id", "item-" + i).put("Item", "Crystal Blade").put("Level", i % 50);
        }
        ObjectNode mine = before.deepCopy();
        ((ObjectNode) mine.at("/Data/Inventory/10000")).put("Id", "item-10000x");
        ((ObjectNode) mine.at("/Data/Inventory/20")).put("Level", 99);
        // every item after the changed id is compared with it; counting ids by a scan per item took minutes
        List<Intent> intents = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> IntentDiff.derive(before, mine, IntentDiff.Numbers.DELTA));
        assertThat(intents).extracting(Intent::kind).containsExactly("set");
        assertThat(intents.get(0).path()).isEqualTo("/Data/Inventory");
        assertThat(Intents.apply(before, intents).value()).isEqualTo(mine);
    }

    @Test
    void aRemovedItemAndAnAppendInALargeInventoryStayIntentsByIdentity() {
        ObjectNode before = base();
        var inv = ((ObjectNode) before.get("Data")).putArray("Inventory");
        for (int i = 0; i < 20_000; i++) {
            inv.addObject().put("Id", "item-" + i).put("Level", i % 50);
        }
        ObjectNode mine = before.deepCopy();
        var mineInv = (com.fasterxml.jackson.databind.node.ArrayNode) mine.at("/Data/Inventory");
        mineInv.remove(7_000);
        mineInv.addObject().put("Id", "item-new").put("Level", 1);
        List<Intent> intents = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> IntentDiff.derive(before, mine, IntentDiff.Numbers.DELTA));
        assertThat(intents).extracting(Intent::kind).containsExactly("remove-item", "append");
        assertThat(intents.get(0).describe()).contains("item-7000");
    }
}
