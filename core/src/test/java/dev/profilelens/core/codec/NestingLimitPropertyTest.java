package dev.profilelens.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.diff.MergeResult;
import dev.profilelens.core.diff.ThreeWayMerge;
import dev.profilelens.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * One nesting limit (ADR 0120): a value nested {@value NestingLimit#MAX_DEPTH} tables deep is read, written, validated,
 * diffed and merged; one level more is refused by the reader, the writer and the validator alike, each naming the same
 * path. Before, the reader allowed 2,000 levels and the writer 1,000, so such values failed as a bug (exit 1).
 */
class NestingLimitPropertyTest {

    @Property(tries = 150)
    void readerWriterAndValidatorRefuseTheSameValuesAtTheSamePath(
            @ForAll @IntRange(min = 1, max = 2100) int levels, @ForAll long seed) {
        List<Boolean> kinds = kinds(levels, seed);
        JsonNode tree = HostileJson.chain(kinds, "k");
        String text = text(kinds, "7");
        if (levels <= NestingLimit.MAX_DEPTH) {
            assertThat(RobloxJson.parse(text)).isEqualTo(tree);
            assertThat(new String(RobloxJson.write(tree), StandardCharsets.UTF_8)).isEqualTo(text);
            Validator.validateStored(tree);
        } else {
            String path = pointer(kinds);
            InvalidInputException read = refusal(() -> RobloxJson.parse(text));
            InvalidInputException written = refusal(() -> RobloxJson.write(tree));
            InvalidInputException validated = refusal(() -> Validator.validateStored(tree));
            assertThat(read.path()).isEqualTo(path).isEqualTo(written.path()).isEqualTo(validated.path());
            assertThat(read.getMessage()).contains("more than 1000 levels").contains(path);
        }
    }

    @Property(tries = 40)
    void diffAndMergeWalkTheDeepestAcceptedValue(@ForAll long seed) {
        List<Boolean> kinds = kinds(NestingLimit.MAX_DEPTH, seed);
        JsonNode before = RobloxJson.parse(text(kinds, "7"));
        JsonNode after = RobloxJson.parse(text(kinds, "8"));
        JsonNode patch = JsonDiff.diff(before, after);
        assertThat(patch).hasSize(1);
        assertThat(patch.get(0).get("path").asText().split("/")).hasSize(NestingLimit.MAX_DEPTH + 1);
        MergeResult merged = ThreeWayMerge.merge(before, after, before);
        assertThat(merged.clean()).isTrue();
        assertThat(merged.merged()).isEqualTo(after);
        assertThat(RobloxJson.prettyReport(patch)).contains("\"replace\"");
    }

    @Example
    void theBoundaryIsExactlyOneThousandLevels() {
        String ok = "[".repeat(1000) + "]".repeat(1000);
        assertThat(RobloxJson.writeString(RobloxJson.parse(ok))).isEqualTo(ok);
        InvalidInputException e = refusal(() -> RobloxJson.parse("{\"Data\":" + "[".repeat(1000) + "]".repeat(1000)
                + "}"));
        assertThat(e.path()).startsWith("/Data/0/0/0/0/0/0/0/…(989 more)…/0/0/0");
        assertThat(e.exitCode()).isEqualTo(2);
    }

    @Example
    void aValueBuiltInCodeOneLevelTooDeepIsRefusedWhereItIsWrapped() {
        JsonNode deepest = RobloxJson.parse("[".repeat(1000) + "]".repeat(1000));
        var wrapper = RobloxJson.nodes().objectNode();
        wrapper.set("Data", deepest);
        assertThat(refusal(() -> RobloxJson.write(wrapper)).path()).startsWith("/Data/0/");
        // reports (diff, merge conflicts) wrap values a few levels deeper and still print
        assertThat(RobloxJson.prettyReport(wrapper)).startsWith("{");
    }

    private static InvalidInputException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        List<InvalidInputException> caught = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, caught::add);
        return caught.get(0);
    }

    private static List<Boolean> kinds(int levels, long seed) {
        Random r = new Random(seed);
        List<Boolean> kinds = new ArrayList<>(levels);
        for (int i = 0; i < levels; i++) {
            kinds.add(r.nextBoolean());
        }
        return kinds;
    }

    /** The JSON text of the chain, built by hand (not by the writer under test). */
    private static String text(List<Boolean> kinds, String leaf) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (boolean object : kinds) {
            open.append(object ? "{\"k\":" : "[");
            close.insert(0, object ? "}" : "]");
        }
        return open + leaf + close;
    }

    /** The path of the table at level 1001, as the refusal names it (abbreviated). */
    private static String pointer(List<Boolean> kinds) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < NestingLimit.MAX_DEPTH; i++) {
            p.append(kinds.get(i) ? "/k" : "/0");
        }
        return NestingLimit.abbreviate(p.toString());
    }
}
