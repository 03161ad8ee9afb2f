package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.model.ProfileReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of vectors/inspect-expected.json: the fields it lists must match the inspect report. */
class InspectVectorsTest {

    static Stream<Arguments> vectors() {
        JsonNode doc = SharedVectors.json("inspect-expected.json");
        long now = doc.get("now").asLong();
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : doc.get("expected").properties()) {
            out.add(Arguments.of(e.getKey(), e.getValue(), now));
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(18);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void inspectMatchesExpected(String name, JsonNode expected, long now) {
        byte[] bytes = SharedVectors.stored(name);
        ProfileReading reading = ProfileCodec.read(bytes);
        JsonNode report = InspectReport.of(reading, LockClassifier.classify(reading.meta(), reading.dialect(), now));
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            assertThat(report.has(field.getKey())).as("report has %s", field.getKey()).isTrue();
            assertThat(JsonEquality.equal(report.get(field.getKey()), field.getValue()))
                    .as("%s.%s: got %s, expected %s", name, field.getKey(), report.get(field.getKey()),
                            field.getValue())
                    .isTrue();
        }
        assertThat(report.get("sizeBytes").asInt()).isEqualTo(bytes.length);
        ProfileReading lockOnly = ProfileCodec.readWithoutData(bytes);
        assertThat(lockOnly.kind()).as("kind without Data").isEqualTo(reading.kind());
        assertThat(lockOnly.dialect()).isEqualTo(reading.dialect());
        assertThat(lockOnly.meta()).isEqualTo(reading.meta());
        assertThat(lockOnly.mailbox()).isEqualTo(reading.mailbox());
        assertThat(LockClassifier.classify(lockOnly.meta(), lockOnly.dialect(), now))
                .isEqualTo(LockClassifier.classify(reading.meta(), reading.dialect(), now));
    }
}
