package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once resume (issue #20, ADR 0191): a bulk {@code --add} whose process is killed right after a write
 * landed and before the journal recorded it; {@code bulk --batch NAME} again finishes the batch and every profile
 * got the delta once. Real SQLite store, real process kill.
 */
class BulkKillTest {
    private static CliHarness.Runner cli;
    @TempDir
    static Path tmp;
    private static String source;
    private static Path home;

    @BeforeAll
    static void seed() {
        home = tmp.resolve("home");
        cli = CliHarness.in(home);
        Path db = tmp.resolve("sandbox.db");
        CliHarness r = cli.run("sandbox", "--db", db.toString(), "--profiles", "60", "--seed", "11");
        assertThat(r.exit()).as(r.err()).isZero();
        source = "sqlite:" + db;
    }

    @AfterAll
    static void clearHome() {
    }

    private static Map<String, JsonNode> profiles() {
        Map<String, JsonNode> m = new HashMap<>();
        for (String key : cli.run("keys", "PlayerData", "--prefix", "Player_", "--source", source).out()
                .lines().toList()) {
            CliHarness g = cli.run("get", "PlayerData", key, "--source", source);
            m.put(key, RobloxJson.parse(g.out().getBytes(StandardCharsets.UTF_8)));
        }
        return m;
    }

    @Test
    void aKillBetweenWriteAndJournalDoesNotApplyTheDeltaTwice() throws Exception {
        Map<String, JsonNode> before = profiles();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dprofilelens.home=" + home, BulkKilledMain.class.getName(), source, "PlayerData", "Player_", "7",
                "kill1", "5").redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String childOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(childOut).isEqualTo(137);
        List<String> journal = Files.readAllLines(home.resolve("batches").resolve("kill1.journal"));
        assertThat(journal.get(journal.size() - 1)).as("killed after an intent, before its done record")
                .contains("\"t\":\"intent\"");

        CliHarness resumed = cli.run("bulk", "PlayerData", "--prefix", "Player_", "--add", "/Data/Coins=7",
                "--reason", "gift", "--batch", "kill1", "--source", source);
        List<String> lines = resumed.out().lines().toList();
        JsonNode summary = RobloxJson.parse(lines.get(lines.size() - 1));
        assertThat(summary.path("settled").asInt()).as(resumed.out()).isEqualTo(1);
        assertThat(summary.path("alreadyDone").asLong()).as("keys the killed run finished are skipped")
                .isEqualTo(journal.stream().filter(l -> l.contains("\"t\":\"done\"")).count());
        assertThat(resumed.err()).contains("/s, ETA");

        Map<String, JsonNode> after = profiles();
        int gifted = 0;
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            long was = e.getValue().at("/Data/Coins").asLong();
            long now = after.get(e.getKey()).at("/Data/Coins").asLong();
            assertThat(now - was).as(e.getKey()).isIn(0L, 7L); // never 14: no key got the delta twice
            gifted += now - was == 7 ? 1 : 0;
        }
        List<String> full = Files.readAllLines(home.resolve("batches").resolve("kill1.journal"));
        assertThat(gifted).as("every key the journal records as changed got the delta, and no other")
                .isEqualTo(full.stream().filter(l -> l.contains("\"plan\":\"change\"")).count())
                .isGreaterThan(5);
    }
}
