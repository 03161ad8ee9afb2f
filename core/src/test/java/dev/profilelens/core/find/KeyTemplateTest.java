package dev.profilelens.core.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KeyTemplateTest {

    @ParameterizedTest(name = "{0} matches {1} -> {2}")
    @CsvSource({
        "Player_{id}, Player_100032, 100032",
        "Player_{id}, Player_0123, -1",
        "Player_{id}, Player_, -1",
        "Player_{id}, Player_12a, -1",
        "Player_{id}, player_12, -1",
        "{id}, 100032, 100032",
        "{id}, 100032x, -1",
        "User_{id}_Save, User_77_Save, 77",
        "User_{id}_Save, User_77_Sav, -1",
    })
    void matchesOnlyKeysOfItsShape(String template, String key, long expected) {
        KeyTemplate t = KeyTemplate.parse(template);
        assertThat(t.match(key).orElse(-1)).isEqualTo(expected);
        if (expected > 0) {
            assertThat(t.render(expected)).isEqualTo(key);
        }
    }

    @Test
    void aTemplateNeedsExactlyOneToken() {
        assertThatThrownBy(() -> KeyTemplate.parse("Player_")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("{id}");
        assertThatThrownBy(() -> KeyTemplate.parse("{id}_{id}")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void detectionTakesTheLastDigitRunAndIgnoresRareShapes() {
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.add("Player_" + (100_000 + i));
        }
        for (int i = 0; i < 10; i++) {
            keys.add("v2_" + (100_000 + i) + "_Save");
        }
        keys.add("settings");
        keys.add("Odd_1");
        assertThat(TemplateDetector.detect(keys)).containsExactly(KeyTemplate.parse("Player_{id}"),
                KeyTemplate.parse("v2_{id}_Save"));
        assertThat(TemplateDetector.detect(List.of("123", "456"))).containsExactly(KeyTemplate.parse("{id}"));
        assertThat(TemplateDetector.templateOf("Save_2_of_007")).isEmpty();
    }
}
