package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.connectors.sqlite.seed.SandboxUsers;
import dev.profilelens.core.codec.RobloxJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code find} against a seeded sandbox file: by UserId, by name, an empty result, bad input. */
class FindCommandTest {
    private static CliHarness.Runner cli;
    @TempDir
    static Path tmp;
    private static String source;

    @BeforeAll
    static void seed() {
        cli = CliHarness.in(tmp.resolve("home"));
        Path db = tmp.resolve("sandbox.db");
        CliHarness r = cli.run("sandbox", "--db", db.toString(), "--profiles", "300", "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
        source = "sqlite:" + db;
    }

    @AfterAll
    static void clearHome() {
    }

    private static List<JsonNode> lines(String out) {
        return out.lines().map(l -> RobloxJson.parse(l.getBytes(java.nio.charset.StandardCharsets.UTF_8))).toList();
    }

    @Test
    void byUserIdAndByNameListTheSamePlaces() {
        String key = cli.run("keys", "PlayerData", "--source", source, "--limit", "1").out().strip();
        String id = key.substring("Player_".length());
        CliHarness r = cli.run("find", id, "--source", source);
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> hits = lines(r.out());
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.path("store").asText()).isEqualTo("PlayerData");
            assertThat(h.path("key").asText()).isEqualTo(key);
            assertThat(h.path("kind").asText()).isNotEmpty();
            assertThat(h.has("lock")).isTrue();
        });
        CliHarness byName = cli.run("find", "@" + SandboxUsers.nameOf(Long.parseLong(id)), "--source", source);
        assertThat(byName.exit()).as(byName.err()).isZero();
        assertThat(byName.out()).isEqualTo(r.out());
        assertThat(byName.err()).contains("is UserId " + id);
    }

    @Test
    void anEmptyResultExplainsAndSuggests() {
        CliHarness r = cli.run("find", "100001", "--source", source, "--stores", "PlayerData",
                "--template", "PlayerData=Player_{id}");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("No data found for UserId 100001", "PlayerData: key Player_100001",
                "Nearest existing keys: PlayerData/");
    }

    @Test
    void templatesSavedForTheConnectionAreUsedUntilForgotten() throws Exception {
        CliHarness save = cli.run("find", "100001", "--source", source, "--stores", "PlayerData",
                "--template", "PlayerData=Legacy_{id}, Player_{id}", "--save-templates");
        assertThat(save.exit()).as(save.err()).isZero();
        Path file = tmp.resolve("home").resolve("key-templates.json");
        assertThat(Files.readString(file)).contains(source)
                .contains("Legacy_{id}");
        CliHarness used = cli.run("find", "100001", "--source", source, "--stores", "PlayerData");
        assertThat(used.err()).contains("PlayerData: key Legacy_100001 / Player_100001 in every scope "
                + "(templates set for this connection)");
        CliHarness forget = cli.run("find", "100001", "--source", source, "--stores", "PlayerData",
                "--save-templates");
        assertThat(forget.exit()).isZero();
        assertThat(forget.err()).contains("PlayerData: key Player_100001 in every scope (templates detected)");
        assertThat(Files.readString(file)).doesNotContain("Legacy_{id}");
    }

    @Test
    void badInputIsExit2NamingIt() {
        CliHarness junk = cli.run("find", "12ab", "--source", source);
        assertThat(junk.exit()).isEqualTo(2);
        assertThat(junk.err()).contains("12ab");
        CliHarness template = cli.run("find", "1", "--source", source, "--template", "PlayerData=Player_");
        assertThat(template.exit()).isEqualTo(2);
        assertThat(template.err()).contains("{id}");
        CliHarness unknown = cli.run("find", "@NobodyHere", "--source", source);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("NobodyHere");
    }
}
