package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What a user reads when the JSON they typed does not parse. */
class JsonErrorsTest {
    @Test
    void anUnclosedObjectSaysWhichBracketIsMissingAndWhereTheObjectBegan() {
        assertThatThrownBy(() -> RobloxJson.parse("{\"Id\": 1,\n \"Item\": {\"Bow\": 2}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid JSON at line 2, column 20: Unexpected end-of-input: expected } to close the "
                        + "object opened at line 1, column 1");
    }

    @Test
    void anUnclosedArraySaysSoWithoutTheParsersSourceMarker() {
        assertThatThrownBy(() -> RobloxJson.parse("[1, 2"))
                .hasMessageContaining("expected ] to close the array opened at line 1, column 1")
                .hasMessageNotContaining("Source").hasMessageNotContaining("StreamReadFeature");
    }

    @Test
    void otherMessagesKeepTheirFirstLine() {
        assertThat(JsonErrors.plain("Unexpected character ('}' (code 125)): expected a value\n at [Source: x]"))
                .isEqualTo("Unexpected character ('}' (code 125)): expected a value");
    }
}
