package dev.profilelens.app.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.Intents;
import dev.profilelens.core.edit.intent.RemoveItem;
import dev.profilelens.core.edit.intent.SetValue;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** In-place edits become the intents the pending list shows, with the values the user sees. */
class InPlaceIntentsTest {
    private static final JsonNode PROFILE = RobloxJson.parse("{\"Data\":{\"Coins\":153608,\"Name\":\"Ana\","
            + "\"Inventory\":[{\"Id\":\"d5e33ab9-403b-9ab9-828b-5d3edf5e8784\",\"Item\":\"Pet Egg\"},"
            + "{\"Id\":\"A1B2C3D4-0000-1111-2222-333344445555\",\"Item\":\"Sword\",\"OwnerId\":7}],\"Twins\":[1,1,2]},"
            + "\"MetaData\":{\"MetaTags\":{\"DataVersion\":3}}}");

    private static List<String> changes(List<Intent> intents) {
        return Intents.apply(PROFILE, intents).changes().stream().map(Change::describe).toList();
    }

    @Test
    void aNumberIsADeltaOnTheValueAsReadAndAStringAGuardedSet() {
        List<Intent> coins = InPlaceIntents.edit("/Data/Coins", PROFILE.at("/Data/Coins"),
                TypedValues.parse(TypedValues.Kind.NUMBER, "154108", "/Data/Coins"));
        assertThat(coins).singleElement().isInstanceOf(AddDelta.class);
        assertThat(changes(coins)).containsExactly("/Data/Coins +500 (153608 → 154108)");
        List<Intent> name = InPlaceIntents.edit("/Data/Name", PROFILE.at("/Data/Name"),
                TypedValues.parse(TypedValues.Kind.STRING, "Bea", "/Data/Name"));
        assertThat(name).singleElement().isEqualTo(new SetValue("/Data/Name", RobloxJson.parse("\"Bea\""),
                RobloxJson.parse("\"Ana\"")));
    }

    @Test
    void aNumberTypedAsPlusNAddsNToTheValueAsRead() {
        JsonNode read = PROFILE.at("/Data/Coins");
        List<Intent> coins = InPlaceIntents.edit("/Data/Coins", read,
                TypedValues.parse(TypedValues.Kind.NUMBER, " +500 ", "/Data/Coins", read));
        assertThat(changes(coins)).containsExactly("/Data/Coins +500 (153608 → 154108)");
        assertThat(TypedValues.parse(TypedValues.Kind.NUMBER, "+-8", "/Data/Coins", read).asLong()).isEqualTo(153600);
        assertThat(TypedValues.parse(TypedValues.Kind.NUMBER, "+0.5", "/Data/R", RobloxJson.parse("1.25"))
                .doubleValue()).isEqualTo(1.75);
        assertThat(TypedValues.parse(TypedValues.Kind.NUMBER, "-500", "/Data/Coins", read).asLong())
                .as("a minus is a negative value, as typed").isEqualTo(-500);
        assertThatThrownBy(() -> TypedValues.parse(TypedValues.Kind.NUMBER, "+5 apples", "/Data/Coins", read))
                .hasMessage("Expected a number (or +N to add N), got \"+5 apples\" at /Data/Coins");
        assertThatThrownBy(() -> TypedValues.parse(TypedValues.Kind.NUMBER, "+1", "/Data/Coins",
                RobloxJson.parse(Long.toString(Long.MAX_VALUE))))
                .hasMessageContaining("beyond a 64-bit integer");
        assertThat(TypedValues.parse(TypedValues.Kind.STRING, "+5", "/Data/Name", RobloxJson.parse("\"Ana\""))
                .asText()).as("only numbers add").isEqualTo("+5");
    }

    @Test
    void badTypedInputNamesThePathAndWhatWasExpected() {
        assertThatThrownBy(() -> TypedValues.parse(TypedValues.Kind.NUMBER, "12abc", "/Data/Coins"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Expected a number (or +N to add N), got \"12abc\" at /Data/Coins");
        assertThatThrownBy(() -> TypedValues.parse(TypedValues.Kind.BOOLEAN, "yes", "/Data/On"))
                .hasMessage("Expected true or false, got \"yes\" at /Data/On");
        assertThatThrownBy(() -> TypedValues.parse(TypedValues.Kind.JSON, "{\"a\":", "/Data/T"))
                .hasMessageStartingWith("Not a JSON value (").hasMessageEndingWith(") at /Data/T");
        assertThat(TypedValues.parse(TypedValues.Kind.JSON, "null", "/Data/X").isNull()).isTrue();
    }

    @Test
    void aNewKeyMustNotExistAndAnItemIsRemovedByIdentityNeverByIndex() {
        assertThatThrownBy(() -> InPlaceIntents.addKey("/Data", PROFILE.get("Data"), "Coins",
                RobloxJson.parse("1"))).hasMessageContaining("\"Coins\" is already a key of /Data");
        assertThat(changes(List.of(InPlaceIntents.addKey("/Data", PROFILE.get("Data"), "Gems",
                RobloxJson.parse("5"))))).containsExactly("/Data/Gems set 5 ((absent) → 5)");
        Intent remove = InPlaceIntents.removeItem("/Data/Inventory", PROFILE.at("/Data/Inventory"),
                PROFILE.at("/Data/Inventory/1"));
        assertThat(((RemoveItem) remove).match().field()).isEqualTo("Id");
        assertThatThrownBy(() -> InPlaceIntents.removeItem("/Data/Twins", PROFILE.at("/Data/Twins"),
                PROFILE.at("/Data/Twins/0"))).hasMessageContaining("never by position");
    }

    @Test
    void aNewItemIsShapedLikeItsLastSiblingWithFreshGuidsWrittenTheSameWay() {
        UUID fresh = UUID.fromString("0f0e0d0c-0b0a-0908-0706-050403020100");
        JsonNode item = ItemShapes.fromSiblings(PROFILE.at("/Data/Inventory"), () -> fresh);
        assertThat(item.get("Id").asText()).isEqualTo("0F0E0D0C-0B0A-0908-0706-050403020100");
        assertThat(item.get("Item").asText()).isEqualTo("Sword");
        assertThat(item.get("OwnerId").asInt()).as("an id-like name, but not a GUID: kept").isEqualTo(7);
        JsonNode copy = ItemShapes.withFreshIds(PROFILE.at("/Data/Inventory/0"), () -> fresh);
        assertThat(copy.get("Id").asText()).isEqualTo(fresh.toString());
        assertThat(PROFILE.at("/Data/Inventory/0/Id").asText()).as("the original is untouched")
                .startsWith("d5e33ab9");
        assertThat(changes(List.of(InPlaceIntents.append("/Data/Inventory", copy))).get(0))
                .startsWith("/Data/Inventory append {\"Id\":\"0f0e0d0c");
    }

    @Test
    void metaTagsAreSetGuardedAndAddedExpectingNone() {
        assertThat(changes(List.of(InPlaceIntents.setTag("DataVersion", RobloxJson.parse("4"),
                PROFILE.at("/MetaData/MetaTags/DataVersion")), InPlaceIntents.setTag("Region",
                RobloxJson.parse("\"EU\""), null)))).containsExactly(
                "/MetaData/MetaTags/DataVersion tag 4 (3 → 4)",
                "/MetaData/MetaTags/Region tag \"EU\" ((absent) → \"EU\")");
    }
}
