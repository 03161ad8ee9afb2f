package dev.profilelens.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.IntentFailedException;
import dev.profilelens.core.edit.intent.Intents;
import dev.profilelens.core.edit.intent.ValueTransform;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --jq}: jackson-jq as a whole-value transform. */
class JqTransformTest {
    private static final JsonNode V = RobloxJson.parse("{\"Data\":{\"Coins\":10,\"Ratio\":0.5,\"Items\":[1,2]},"
            + "\"MetaData\":{\"ActiveSession\":[1,\"job\"],\"MetaTags\":[]},\"GlobalUpdates\":[3,[]]}");

    @Test
    void arithmeticKeepsIntegersIntegers() {
        JsonNode out = JqTransform.compile(".Data.Coins += 5 | .Data.Ratio *= 3", "--jq").apply(V);
        assertThat(RobloxJson.writeString(out.get("Data"))).isEqualTo("{\"Coins\":15,\"Ratio\":1.5,\"Items\":[1,2]}");
    }

    @Test
    void theLibrariesFieldsAreKeptWhateverTheExpressionDoes() {
        JqTransform t = JqTransform.compile("del(.GlobalUpdates) | .MetaData.ActiveSession = null | .Data.X = 1",
                "--jq");
        JsonNode out = Intents.apply(V, List.of(t.intent())).value();
        assertThat(out.get("GlobalUpdates").toString()).isEqualTo("[3,[]]");
        assertThat(out.at("/MetaData/ActiveSession").toString()).isEqualTo("[1,\"job\"]");
        assertThat(out.at("/Data/X").asInt()).isEqualTo(1);
    }

    @Test
    void aSyntaxErrorIsBadInputNamingTheOption() {
        assertThatThrownBy(() -> JqTransform.compile(".Data.Coins +=", "--jq"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--jq");
    }

    @Test
    void anExpressionFailingOnAValueFailsThatValueOnly() {
        JqTransform t = JqTransform.compile(".Data.Coins += .Data.Name", "--jq");
        assertThatThrownBy(() -> t.apply(RobloxJson.parse("{\"Data\":{\"Coins\":1,\"Name\":\"bob\"}}")))
                .isInstanceOf(ValueTransform.TransformException.class).hasMessageContaining("jq");
        assertThatThrownBy(() -> Intents.apply(RobloxJson.parse("{\"Data\":{\"Coins\":1,\"Name\":\"bob\"}}"),
                List.of(t.intent()))).isInstanceOf(IntentFailedException.class);
        assertThat(t.apply(RobloxJson.parse("{\"Data\":{\"Coins\":1,\"Name\":2}}")).at("/Data/Coins").asInt())
                .isEqualTo(3);
    }

    @Test
    void moreThanOneResultOrNotATableIsRefused() {
        assertThatThrownBy(() -> JqTransform.compile(".Data.Items[]", "--jq").apply(V))
                .hasMessageContaining("2 results");
        assertThatThrownBy(() -> Intents.apply(V, List.of(JqTransform.compile(".Data.Coins", "--jq").intent())))
                .isInstanceOf(IntentFailedException.class).hasMessageContaining("not a table");
    }
}
