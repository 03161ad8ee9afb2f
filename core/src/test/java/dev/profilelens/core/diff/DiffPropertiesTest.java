package dev.profilelens.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Laws of diff and apply over seeded random documents (500 pairs per seed). */
class DiffPropertiesTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void applyingTheDiffTurnsSourceIntoTarget(long seed) {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 500; i++) {
            JsonNode a = random.document();
            JsonNode b = random.edit(a);
            JsonNode patched = JsonPatch.apply(JsonDiff.diff(a, b), a);
            assertThat(JsonEquals.equal(patched, b)).as("case %d: %s -> %s", i, a, b).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void diffIsEmptyExactlyWhenEqual(long seed) {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 500; i++) {
            JsonNode a = random.document();
            JsonNode b = random.edit(a);
            assertThat(JsonDiff.diff(a, a.deepCopy())).isEmpty();
            assertThat(JsonDiff.diff(a, b).isEmpty()).isEqualTo(JsonEquals.equal(a, b));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void diffAndApplyNeverChangeTheirInputs(long seed) {
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 200; i++) {
            JsonNode a = random.document();
            JsonNode b = random.edit(a);
            JsonNode aBefore = a.deepCopy();
            JsonNode bBefore = b.deepCopy();
            JsonPatch.apply(JsonDiff.diff(a, b), a);
            assertThat(a).isEqualTo(aBefore);
            assertThat(b).isEqualTo(bBefore);
        }
    }
}
