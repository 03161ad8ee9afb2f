package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.error.InvalidInputException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader and the writer agree on hostile values built in code: the writer either refuses a value with an
 * {@link InvalidInputException} naming a path, or writes bytes the reader reads back to the same value and the
 * validator accepts; the validator refuses exactly what it names, never with another exception.
 */
class HostileValuesPropertyTest {

    @Provide
    Arbitrary<JsonNode> values() {
        return HostileJson.value(4);
    }

    @Property(tries = 200)
    void whatTheWriterWritesTheReaderReadsBack(@ForAll("values") JsonNode value) {
        byte[] bytes;
        try {
            bytes = RobloxJson.write(value);
        } catch (InvalidInputException e) {
            assertThat(e.path()).as("a refusal names where").isNotNull();
            return;
        }
        JsonNode back = RobloxJson.parse(bytes);
        assertThat(JsonEquality.equal(RobloxJson.parse(RobloxJson.write(back)), back)).isTrue();
        assertThat(containsLoneSurrogate(back)).as("no lone surrogate is written").isFalse();
    }

    @Property(tries = 200)
    void validationRefusesWithAPathOrAcceptsAWritableValue(@ForAll("values") JsonNode value) {
        try {
            Validator.validateStored(value);
        } catch (InvalidInputException e) {
            assertThat(e.path()).isNotNull();
            return;
        }
        assertThat(RobloxJson.parse(RobloxJson.write(value))).isNotNull();
    }

    private static boolean containsLoneSurrogate(JsonNode n) {
        if (n.isTextual()) {
            return !dev.profilelens.core.store.Limits.encodesAsUtf8(n.textValue());
        }
        for (var e : n.properties()) {
            if (!dev.profilelens.core.store.Limits.encodesAsUtf8(e.getKey()) || containsLoneSurrogate(e.getValue())) {
                return true;
            }
        }
        for (JsonNode c : n) {
            if (n.isArray() && containsLoneSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
