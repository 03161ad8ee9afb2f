package dev.profilelens.core.edit.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import org.junit.jupiter.api.Test;

/** A copy-on-write document changes only its own copies of what intents touch; the shared value stays as read. */
class DocumentTest {
    private static JsonNode json(String s) {
        return RobloxJson.parse(s);
    }

    @Test
    void editsLeaveTheSharedValueAndShareWhatTheyDidNotTouch() {
        JsonNode shared = json("{\"Data\":{\"Coins\":5,\"Inventory\":[{\"Id\":\"a\",\"N\":1},{\"Id\":\"b\",\"N\":2}],"
                + "\"Big\":{\"Deep\":[1,2,3]}},\"MetaData\":{\"MetaTags\":[]}}");
        JsonNode before = shared.deepCopy();
        Document doc = Document.copyOnWrite(shared);
        doc.apply(AddDelta.of("/Data/Coins", 10));
        doc.apply(new SetValue("/Data/Inventory/[Id=\"b\"]/N", json("7"), json("2")));
        doc.apply(new AppendItem("/Data/Inventory", json("{\"Id\":\"c\"}")));
        doc.apply(new RemoveItem("/Data/Inventory", ItemMatch.byField("Id", json("\"a\""))));
        doc.apply(SetTag.of("Ban", json("true")));
        doc.apply(new RemoveKey("/Data/Coins"));
        assertThat(shared).as("the shared value is as read").isEqualTo(before);
        assertThat(doc.root()).isEqualTo(json("{\"Data\":{\"Inventory\":[{\"Id\":\"b\",\"N\":7},{\"Id\":\"c\"}],"
                + "\"Big\":{\"Deep\":[1,2,3]}},\"MetaData\":{\"MetaTags\":{\"Ban\":true}}}"));
        assertThat(doc.root().at("/Data/Big")).as("an untouched table is shared, not copied")
                .isSameAs(shared.at("/Data/Big"));
    }

    @Test
    void aFailedIntentChangesNeitherTheSharedValueNorTheDocument() {
        JsonNode shared = json("{\"Data\":{\"Coins\":\"many\"}}");
        Document doc = Document.copyOnWrite(shared);
        assertThatThrownBy(() -> doc.apply(AddDelta.of("/Data/Coins", 1))).isInstanceOf(IntentFailedException.class);
        assertThat(doc.root()).isEqualTo(shared);
        assertThat(shared.at("/Data/Coins").asText()).isEqualTo("many");
    }

    @Test
    void aPlainDocumentChangesTheValueItWasGiven() {
        JsonNode owned = json("{\"Data\":{\"Coins\":1}}");
        new Document(owned).apply(AddDelta.of("/Data/Coins", 1));
        assertThat(owned.at("/Data/Coins").asInt()).isEqualTo(2);
    }

    @Test
    void aSetOrAppendedValueIsPlacedAsItIsAndALaterEditUnderItLeavesTheIntentsValue() {
        for (boolean copyOnWrite : new boolean[] {true, false}) {
            JsonNode read = json("{\"Data\":{\"Stats\":{\"Atk\":0},\"Inventory\":[]}}");
            Document doc = copyOnWrite ? Document.copyOnWrite(read) : new Document(read.deepCopy());
            SetValue set = new SetValue("/Data/Stats", json("{\"Atk\":1,\"Def\":{\"Base\":2}}"), null);
            AppendItem append = new AppendItem("/Data/Inventory", json("{\"Id\":\"a\",\"Stats\":{\"Atk\":1}}"));
            doc.apply(set);
            doc.apply(append);
            assertThat(doc.root().at("/Data/Stats") == set.value()).as("placed without a copy").isEqualTo(copyOnWrite);
            doc.apply(AddDelta.of("/Data/Stats/Def/Base", 5));
            doc.apply(AddDelta.of("/Data/Inventory/[Id=\"a\"]/Stats/Atk", 5));
            assertThat(doc.root().at("/Data/Stats/Def/Base").asInt()).isEqualTo(7);
            assertThat(doc.root().at("/Data/Inventory/0/Stats/Atk").asInt()).isEqualTo(6);
            assertThat(set.value()).as("the intent's value").isEqualTo(json("{\"Atk\":1,\"Def\":{\"Base\":2}}"));
            assertThat(append.item()).isEqualTo(json("{\"Id\":\"a\",\"Stats\":{\"Atk\":1}}"));
            assertThat(read.at("/Data/Stats/Atk").asInt()).isZero();
        }
    }
}
