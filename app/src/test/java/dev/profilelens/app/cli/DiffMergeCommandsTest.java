package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffMergeCommandsTest {
    @TempDir
    Path tmp;

    private String file(String name, String json) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, json);
        return f.toString();
    }

    @Test
    void diffPrintsAnRfc6902PatchAndAnEmptyArrayForEqualValues() throws IOException {
        String a = file("a.json", "{\"Data\":{\"Coins\":5,\"Inventory\":[\"u1\",\"u2\"]}}");
        String b = file("b.json", "{\"Data\":{\"Coins\":6,\"Inventory\":[\"u1\",\"u3\",\"u2\"]}}");
        CliHarness r = CliHarness.run("diff", a, b);
        assertThat(r.exit()).isZero();
        JsonNode patch = RobloxJson.parse(r.out());
        assertThat(patch).hasSize(2);
        assertThat(patch.get(0).get("path").asText()).isEqualTo("/Data/Coins");
        assertThat(patch.get(1).get("op").asText()).isEqualTo("add");
        assertThat(patch.get(1).get("path").asText()).isEqualTo("/Data/Inventory/1");
        assertThat(CliHarness.run("diff", a, a).out().strip()).isEqualTo("[ ]");
    }

    @Test
    void mergePrintsTheMergedValueWhenClean() throws IOException {
        String base = file("base.json", "{\"Coins\":5,\"Gems\":1}");
        String mine = file("mine.json", "{\"Coins\":50,\"Gems\":1}");
        String theirs = file("theirs.json", "{\"Coins\":5,\"Gems\":2}");
        CliHarness r = CliHarness.run("merge", base, mine, theirs);
        assertThat(r.exit()).isZero();
        JsonNode merged = RobloxJson.parse(r.out());
        assertThat(merged.get("Coins").intValue()).isEqualTo(50);
        assertThat(merged.get("Gems").intValue()).isEqualTo(2);
    }

    @Test
    void mergeConflictsExit3WithEveryPathAndItsThreeValues() throws IOException {
        String base = file("base.json", "{\"Data\":{\"Coins\":5,\"Old\":1}}");
        String mine = file("mine.json", "{\"Data\":{\"Coins\":50}}");
        String theirs = file("theirs.json", "{\"Data\":{\"Coins\":7,\"Old\":2}}");
        CliHarness r = CliHarness.run("merge", base, mine, theirs);
        assertThat(r.exit()).isEqualTo(3);
        JsonNode conflicts = RobloxJson.parse(r.out()).get("conflicts");
        assertThat(conflicts).hasSize(2);
        assertThat(conflicts.get(0).get("path").asText()).isEqualTo("/Data/Coins");
        assertThat(conflicts.get(0).get("mine").intValue()).isEqualTo(50);
        assertThat(conflicts.get(0).get("theirs").intValue()).isEqualTo(7);
        assertThat(conflicts.get(1).get("path").asText()).isEqualTo("/Data/Old");
        assertThat(conflicts.get(1).get("mine").isNull()).isTrue();
    }

    @Test
    void badJsonInAnyInputIsExit2NamingTheFile() throws IOException {
        String good = file("good.json", "{}");
        String bad = file("bad.json", "{\"a\":}");
        CliHarness r = CliHarness.run("merge", good, good, bad);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").contains("line 1");
    }
}
