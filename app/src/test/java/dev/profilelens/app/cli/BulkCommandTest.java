package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulk} on a seeded sandbox file: dry run plans, the run writes exactly the planned changes, resume. */
class BulkCommandTest {
    private static CliHarness.Runner cli;
    @TempDir
    static Path tmp;
    private static String source;

    @BeforeAll
    static void seed() {
        cli = CliHarness.in(tmp.resolve("home"));
        Path db = tmp.resolve("sandbox.db");
        CliHarness r = cli.run("sandbox", "--db", db.toString(), "--profiles", "120", "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
        source = "sqlite:" + db;
    }

    @AfterAll
    static void clearHome() {
    }

    private static List<JsonNode> lines(String out) {
        return out.lines().map(l -> RobloxJson.parse(l.getBytes(StandardCharsets.UTF_8))).toList();
    }

    private static JsonNode summary(CliHarness r) {
        List<JsonNode> l = lines(r.out());
        return l.get(l.size() - 1);
    }

    @Test
    void dryRunThenRunChangesExactlyThePlannedKeysAndAResumeSkipsThem() {
        CliHarness dry = cli.run("bulk", "PlayerData", "--prefix", "Player_", "--tag", "DataVersion=9",
                "--reason", "migrate", "--dry-run", "--source", source);
        assertThat(dry.exit()).as(dry.err()).isZero();
        JsonNode plan = summary(dry);
        int change = plan.path("change").asInt();
        assertThat(change).isPositive();
        assertThat(plan.path("live").asInt()).as("the sandbox has live profiles").isPositive();
        assertThat(lines(dry.out())).filteredOn(l -> l.path("plan").asText().equals("change"))
                .allSatisfy(l -> assertThat(l.path("patch").toString()).contains("DataVersion"));
        String someKey = lines(dry.out()).stream().filter(l -> l.path("plan").asText().equals("change"))
                .findFirst().orElseThrow().path("key").asText();
        assertThat(cli.run("get", "PlayerData", someKey, "--source", source).out())
                .doesNotContain("\"DataVersion\":9");

        CliHarness run = cli.run("bulk", "PlayerData", "--prefix", "Player_", "--tag", "DataVersion=9",
                "--reason", "migrate", "--batch", "mig1", "--source", source);
        assertThat(run.exit()).as("live keys are left for later").isEqualTo(4);
        assertThat(lines(run.out())).filteredOn(l -> l.path("written").asBoolean()).hasSize(change);
        assertThat(cli.run("get", "PlayerData", someKey, "--source", source).out())
                .contains("\"DataVersion\":9");
        assertThat(cli.run("log", "--key", someKey).out()).contains("migrate [batch mig1]");

        CliHarness again = cli.run("bulk", "PlayerData", "--prefix", "Player_", "--tag", "DataVersion=9",
                "--reason", "migrate", "--batch", "mig1", "--source", source);
        assertThat(summary(again).path("alreadyDone").asInt()).isGreaterThanOrEqualTo(change);
        assertThat(lines(again.out())).noneMatch(l -> l.path("written").asBoolean()
                && l.path("plan").asText().equals("change") && l.path("key").asText().equals(someKey));
    }

    @Test
    void aKeyListWithJunkLinesReportsThemAndGoesOn() throws Exception {
        String key = cli.run("keys", "PlayerData", "--source", source, "--limit", "1").out().strip();
        Path list = tmp.resolve("keys.txt");
        Files.writeString(list, "# players\n" + key + "\n" + "x".repeat(60) + "\nPlayer_nobody\n");
        CliHarness r = cli.run("bulk", "PlayerData", "--keys", list.toString(), "--add", "/Data/Coins=5",
                "--reason", "gift", "--dry-run", "--source", source);
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> l = lines(r.out());
        assertThat(l.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(l.get(0).path("message").asText()).contains("line 3");
        assertThat(summary(r).path("invalid").asInt()).isGreaterThanOrEqualTo(1);
        CliHarness both = cli.run("bulk", "PlayerData", "--keys", list.toString(), "--prefix", "P",
                "--add", "/Data/Coins=5", "--reason", "gift", "--source", source);
        assertThat(both.exit()).isEqualTo(2);
    }
}
