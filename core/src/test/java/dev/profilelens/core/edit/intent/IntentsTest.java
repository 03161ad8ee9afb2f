package dev.profilelens.core.edit.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each intent on the latest value, and each typed failure naming the intent. */
class IntentsTest {
    private static final JsonNode V = RobloxJson.parse("{\"Data\":{\"Coins\":156144,\"Name\":\"x\",\"Ratio\":0.5,"
            + "\"Inventory\":[{\"Id\":\"a\",\"Item\":\"Sword\"},{\"Id\":\"b\",\"Item\":\"Bow\"}],"
            + "\"Tags\":[\"t\",\"t\"],"
            + "\"Empty\":{}},\"MetaData\":{\"MetaTags\":[],\"SessionLoadCount\":1},\"GlobalUpdates\":[0,[]]}");

    private static JsonNode json(String s) {
        return RobloxJson.parse(s);
    }

    @Test
    void aDeltaAddsToWhateverIsStoredNow() {
        Applied a = Intents.apply(V, List.of(AddDelta.of("/Data/Coins", 500), new AddDelta("/Data/Ratio",
                json("0.25"))));
        assertThat(a.value().at("/Data/Coins").asLong()).isEqualTo(156644);
        assertThat(a.value().at("/Data/Ratio").asDouble()).isEqualTo(0.75);
        assertThat(a.changes().get(0).describe()).isEqualTo("/Data/Coins +500 (156144 → 156644)");
        assertThat(V.at("/Data/Coins").asLong()).as("the input is not changed").isEqualTo(156144);
    }

    @Test
    void setAppendRemoveAndTagsApplyInOrder() {
        Applied a = Intents.apply(V, List.of(SetValue.of("/Data/Level", json("7")),
                new AppendItem("/Data/Inventory", json("{\"Id\":\"c\",\"Item\":\"Royal Crown\"}")),
                new RemoveItem("/Data/Inventory", ItemMatch.byField("Id", json("\"a\""))),
                new AppendItem("/Data/Empty", json("1")), new RemoveKey("/Data/Name"),
                SetTag.of("DataVersion", json("2")), new RemoveTag("DataVersion"), SetTag.of("Ban", json("true"))));
        JsonNode v = a.value();
        assertThat(v.at("/Data/Level").asInt()).isEqualTo(7);
        assertThat(v.at("/Data/Inventory").toString()).isEqualTo(
                "[{\"Id\":\"b\",\"Item\":\"Bow\"},{\"Id\":\"c\",\"Item\":\"Royal Crown\"}]");
        assertThat(v.at("/Data/Empty").toString()).isEqualTo("[1]");
        assertThat(v.at("/Data").has("Name")).isFalse();
        assertThat(v.at("/MetaData/MetaTags").toString()).isEqualTo("{\"Ban\":true}");
        assertThat(a.changes().get(2).before().get("Item").asText()).isEqualTo("Sword");
    }

    @Test
    void theChangesAloneAreWorkedOutWithoutChangingOrCopyingTheValue() {
        List<Intent> intents = List.of(AddDelta.of("/Data/Coins", 500), SetValue.of("/Data/Level", json("7")),
                new SetValue("/Data/Inventory/[Id=\"b\"]/Item", json("\"Longbow\""), json("\"Bow\"")),
                new AppendItem("/Data/Inventory", json("{\"Id\":\"c\",\"Item\":\"Royal Crown\"}")),
                new RemoveItem("/Data/Inventory", ItemMatch.byField("Id", json("\"a\""))),
                new RemoveKey("/Data/Name"), SetTag.of("DataVersion", json("2")), new RemoveTag("DataVersion"),
                SetTag.of("Ban", json("true")), new Transform("double coins", v -> {
                    ObjectNode out = v.deepCopy();
                    ((ObjectNode) out.get("Data")).put("Coins", out.at("/Data/Coins").asLong() * 2);
                    return out;
                }), new ReplaceValue(json("{\"Data\":{\"Coins\":1},\"MetaData\":{}}")));
        JsonNode asRead = V.deepCopy();
        List<Change> changes = Intents.changes(V, intents);
        assertThat(V).as("the value is as read").isEqualTo(asRead);
        assertThat(changes).extracting(Change::describe)
                .isEqualTo(Intents.apply(V, intents).changes().stream().map(Change::describe).toList());
        assertThat(Intents.changes(V, List.of(AddDelta.of("/Data/Coins", 1))).get(0).before())
                .as("what was not on the path is shared, not copied").isSameAs(V.at("/Data/Coins"));
        assertThatThrownBy(() -> Intents.changes(V, List.of(AddDelta.of("/Data/Name", 5))))
                .isInstanceOf(IntentFailedException.class);
        assertThat(V).isEqualTo(asRead);
    }

    @Test
    void everyFailureIsTypedNamesItsIntentAndNothingApplies() {
        assertThatThrownBy(() -> Intents.apply(V, List.of(AddDelta.of("/Data/Coins", 1),
                AddDelta.of("/Data/Name", 5), AddDelta.of("/Data/Gone", 1),
                new RemoveItem("/Data/Tags", ItemMatch.equalTo(json("\"t\""))),
                new RemoveItem("/Data/Inventory", ItemMatch.byField("Id", json("\"zz\""))),
                new RemoveKey("/Data/Nope"), new SetValue("/Data/Coins", json("1"), json("153608")))))
                .isInstanceOfSatisfying(IntentFailedException.class, e -> {
                    assertThat(e.failures()).extracting(IntentFailure::reason).containsExactly(
                            IntentFailure.Reason.TYPE_CHANGED, IntentFailure.Reason.PATH_GONE,
                            IntentFailure.Reason.MATCHED_TWICE, IntentFailure.Reason.ITEM_NOT_FOUND,
                            IntentFailure.Reason.PATH_GONE, IntentFailure.Reason.CHANGED_MEANWHILE);
                    assertThat(e.getMessage()).contains("add +5 at /Data/Name: /Data/Name is a string, not a number")
                            .contains("2 elements match").contains("Nothing was written");
                    assertThat(e.exitCode()).isEqualTo(3);
                });
    }

    @Test
    void aGuardedSetAcceptsTheSameValueAndAnUnchangedOne() {
        Applied a = Intents.apply(V, List.of(new SetValue("/Data/Coins", json("156144"), json("1")),
                new SetValue("/Data/Name", json("\"y\""), json("\"x\"")),
                new SetValue("/Data/New", json("1"), RobloxJson.nodes().missingNode())));
        assertThat(a.value().at("/Data/Name").asText()).isEqualTo("y");
        assertThatThrownBy(() -> Intents.apply(V, List.of(new SetValue("/Data/Name", json("1"),
                RobloxJson.nodes().missingNode())))).isInstanceOf(IntentFailedException.class);
    }

    @Test
    void badIntentsAreBadInput() {
        assertThatThrownBy(() -> AddDelta.of("Data/Coins", 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("JSON Pointer");
        assertThatThrownBy(() -> new AddDelta("/Data/Coins", json("\"5\""))).isInstanceOf(
                InvalidInputException.class);
    }

    @Test
    void replacingKeepsTheStoredMailboxAndPlantsNoLock() {
        JsonNode placeholder = json("{\"GlobalUpdates\":[4,[[4,1,false,{\"Gift\":1}]]]}");
        JsonNode file = json("{\"Data\":{},\"MetaData\":{\"ActiveSession\":[1,\"j\"],\"ForceLoadSession\":[2,\"k\"],"
                + "\"SessionLoadCount\":0,\"ProfileCreateTime\":1},\"GlobalUpdates\":[0,[]]}");
        JsonNode v = Intents.apply(placeholder, List.of(new ReplaceValue(file))).value();
        assertThat(v.get("GlobalUpdates")).isEqualTo(placeholder.get("GlobalUpdates"));
        assertThat(v.get("MetaData").has("ActiveSession")).isFalse();
        assertThat(v.get("MetaData").has("ForceLoadSession")).isFalse();
    }
}
