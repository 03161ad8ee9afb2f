package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** cli.md pure commands end to end: vectors through the real command line, exit codes, error messages. */
class PureCommandsTest {
    @TempDir
    Path tmp;

    static Path vectors() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolveSibling("shared").resolve("vectors");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("shared/vectors not found");
    }

    static Stream<Arguments> transforms() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : RobloxJson.parse(Files.readAllBytes(vectors().resolve("transforms.json")))) {
            out.add(Arguments.of(c.get("name").asText(), c));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transforms")
    void transformVectorsThroughTheCli(String name, JsonNode c) {
        List<String> args = new ArrayList<>();
        c.get("op").forEach(a -> args.add(a.asText()));
        String file = c.get("input").isNull() ? tmp.resolve("missing-key.json").toString()
                : vectors().resolve("stored").resolve(c.get("input").asText() + ".json").toString();
        int at = args.get(0).equals("message") ? 1 : 2;
        args.add(at, file);
        CliHarness r = CliHarness.run(args.toArray(String[]::new));
        if (c.has("exit")) {
            assertThat(r.exit()).as(r.err()).isEqualTo(c.get("exit").asInt());
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
        } else {
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode got = RobloxJson.parse(r.out());
            assertThat(got).isEqualTo(RobloxJson.parse(RobloxJson.write(c.get("expected"))));
        }
    }

    @Test
    void inspectPrintsTheExpectedDocumentForTheDoneWhenVector() throws IOException {
        CliHarness r = CliHarness.run("inspect", vectors().resolve("stored/ps-locked-force-load.json").toString(),
                "--now", "1700004000");
        assertThat(r.exit()).isZero();
        JsonNode got = RobloxJson.parse(r.out());
        JsonNode expected = RobloxJson.parse(Files.readAllBytes(vectors().resolve("inspect-expected.json")))
                .get("expected").get("ps-locked-force-load");
        expected.properties().forEach(e -> assertThat(got.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue()));
        assertThat(got.get("lock").get("owner").has("sessionId")).isTrue();
        assertThat(got.get("sizeBytes").asInt()).isEqualTo(577);
    }

    @Test
    void inspectDialectOverrideChangesTheThreshold() {
        String f = vectors().resolve("stored/ps-stale-1801.json").toString();
        assertThat(RobloxJson.parse(CliHarness.run("inspect", f, "--now", "1700004000").out())
                .get("lock").get("state").asText()).isEqualTo("stale");
        String active = vectors().resolve("stored/ps-active-1800.json").toString();
        assertThat(RobloxJson.parse(CliHarness.run("inspect", active, "--now", "1700004000", "--dialect",
                "profilestore").out()).get("lock").get("state").asText()).isEqualTo("stale");
        CliHarness bad = CliHarness.run("inspect", f, "--dialect", "lua");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--dialect");
    }

    @Test
    void invalidJsonIsExit2WithFileLineAndColumn() throws IOException {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "{\n  \"Data\": {\"Coins\": 1,}\n}");
        CliHarness r = CliHarness.run("inspect", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").contains("line 2, column");
        assertThat(r.err()).doesNotContain("at com.fasterxml");
    }

    @Test
    void unreadableFileIsExit2NamingIt() {
        CliHarness r = CliHarness.run("inspect", tmp.resolve("nope.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.json").contains("no such file");
    }

    @Test
    void emptyFileIsAMissingKey() throws IOException {
        Path f = tmp.resolve("empty.json");
        Files.writeString(f, "");
        CliHarness r = CliHarness.run("inspect", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(RobloxJson.parse(r.out()).get("kind").asText()).isEqualTo("missing");
    }

    @Test
    void validateNamesTheFirstOffendingPath() throws IOException {
        Path f = tmp.resolve("v.json");
        Files.writeString(f, "{\"Data\":{\"Inventory\":[1,2,NaN]},\"UserIds\":[1]}");
        CliHarness r = CliHarness.run("validate", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("/Data/Inventory/2").contains("NaN");
        Files.writeString(f, "{\"UserIds\":[1,2,3,4,5]}");
        assertThat(CliHarness.run("validate", f.toString()).err()).contains("/UserIds");
        assertThat(CliHarness.run("validate", vectors().resolve("stored/ps-locked-force-load.json").toString())
                .exit()).isZero();
    }

    @Test
    void unknownOptionIsUsageErrorExit2() {
        CliHarness r = CliHarness.run("inspect", vectors().resolve("stored/ps-pre-v2.json").toString(), "--bogus");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
    }
}
