package dev.profilelens.core.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.JsonEquality;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.SharedVectors;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of vectors/transforms.json, applied through core.updates. */
class TransformVectorsTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : SharedVectors.json("transforms.json")) {
            out.add(Arguments.of(c.get("name").asText(), c));
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(13);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void transformMatchesTheLibrary(String name, JsonNode c) {
        JsonNode input = c.get("input").isNull() ? null
                : RobloxJson.parse(SharedVectors.stored(c.get("input").asText()));
        String before = input == null ? null : RobloxJson.writeString(input);
        if (c.has("exit")) {
            assertThat(c.get("exit").asInt()).isEqualTo(2);
            assertThatThrownBy(() -> apply(c.get("op"), input)).isInstanceOf(InvalidInputException.class);
        } else {
            JsonNode result = apply(c.get("op"), input);
            assertThat(JsonEquality.equal(result, c.get("expected")))
                    .as("%s: got %s", name, RobloxJson.writeString(result)).isTrue();
        }
        if (input != null) {
            assertThat(RobloxJson.writeString(input)).as("input left untouched").isEqualTo(before);
        }
    }

    private static JsonNode apply(JsonNode op, @Nullable JsonNode input) {
        List<String> args = new ArrayList<>();
        op.forEach(a -> args.add(a.asText()));
        JsonNode data = option(args, "--data") == null ? null : RobloxJson.parse(option(args, "--data"));
        String id = option(args, "--id");
        if (args.get(0).equals("message")) {
            return GlobalUpdates.message(input, data);
        }
        return switch (args.get(1)) {
            case "add" -> GlobalUpdates.addActive(input, data);
            case "change" -> GlobalUpdates.changeActive(input, Long.parseLong(id), data);
            case "clear" -> GlobalUpdates.clearActive(input, Long.parseLong(id));
            default -> throw new IllegalArgumentException(args.toString());
        };
    }

    private static @Nullable String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i < 0 ? null : args.get(i + 1);
    }
}
