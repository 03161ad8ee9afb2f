package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.erase.WebhookBody;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code erase} against a seeded sandbox file: dry run, confirmation, a run with its report, webhook bodies. */
class EraseCommandTest {
    private static CliHarness.Runner cli;
    private static final String SECRET = "cli-secret";
    @TempDir
    static Path tmp;
    private static String source;
    private static Path home;

    @BeforeAll
    static void seed() throws Exception {
        home = tmp.resolve("home");
        cli = CliHarness.in(home);
        Files.createDirectories(home);
        Files.writeString(home.resolve(WebhookBody.SECRET_FILE), SECRET + "\n");
        Path db = tmp.resolve("sandbox.db");
        CliHarness r = cli.run("sandbox", "--db", db.toString(), "--profiles", "300", "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
        source = "sqlite:" + db;
    }

    @AfterAll
    static void clearHome() {
    }

    private static List<JsonNode> lines(String out) {
        return out.lines().map(l -> RobloxJson.parse(l.getBytes(StandardCharsets.UTF_8))).toList();
    }

    @Test
    void aDryRunListsEveryKeyAcrossStoresAndDialectsAndWritesNothing() {
        CliHarness r = cli.run("erase", "900005", "--dry-run", "--source", source);
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> plan = lines(r.out());
        assertThat(plan).extracting(p -> p.path("type").asText()).contains("key", "ordered");
        assertThat(plan).allMatch(p -> p.path("userId").asLong() == 900005 && p.path("store").asText()
                .startsWith("DATA"));
        CliHarness again = cli.run("erase", "900005", "--dry-run", "--source", source);
        assertThat(again.out()).isEqualTo(r.out());
    }

    @Test
    void aRunNeedsTheTypedUserIdAndAReasonThenDeletesAndReports() throws Exception {
        CliHarness noConfirm = cli.run("erase", "900006", "--reason", "t", "--source", source);
        assertThat(noConfirm.exit()).isEqualTo(2);
        assertThat(noConfirm.err()).contains("--confirm 900006");
        CliHarness run = cli.run("erase", "900006", "--reason", "RTBF 44", "--confirm", "900006",
                "--recheck-after", "0", "--source", source);
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> out = lines(run.out());
        JsonNode report = out.get(out.size() - 1);
        assertThat(report.path("complete").asBoolean()).isTrue();
        assertThat(report.path("places")).allMatch(p -> p.path("outcome").asText().equals("deleted"));
        assertThat(report.path("retention").asText()).contains("30 days");
        assertThat(run.err()).contains("report: " + home.resolve("erasure"));
        CliHarness after = cli.run("erase", "900006", "--dry-run", "--source", source);
        assertThat(after.exit()).isEqualTo(2);
        assertThat(after.err()).contains("No data found for UserId 900006", "DataStore2 coins: store coins/900006");
        CliHarness log = cli.run("log", "--key", "1");
        assertThat(log.out()).contains("\"action\":\"erase").contains("RTBF 44");
    }

    @Test
    void webhookBodiesAreCheckedWithTheConfiguredSecret() throws Exception {
        String body = "{\"NotificationId\":\"n9\",\"EventType\":\"RightToErasureRequest\",\"EventTime\":"
                + "\"2026-12-05T08:00:00Z\",\"EventPayload\":{\"UserId\":900007,\"GameIds\":[1818]}}";
        Path file = tmp.resolve("request.json");
        Files.writeString(file, body);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        CliHarness wrong = cli.run("erase", "--request", file.toString(), "--signature",
                WebhookBody.sign("other", 5, bytes), "--dry-run", "--source", source);
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("signature does not match");
        assertThat(wrong.out()).isEmpty();
        CliHarness right = cli.run("erase", "--request", file.toString(), "--signature",
                WebhookBody.sign(SECRET, 5, bytes), "--dry-run", "--source", source);
        assertThat(right.exit()).as(right.err()).isZero();
        assertThat(lines(right.out())).isNotEmpty().allMatch(p -> p.path("userId").asLong() == 900007);
        assertThat(right.err()).contains("start places [1818]");
    }
}
