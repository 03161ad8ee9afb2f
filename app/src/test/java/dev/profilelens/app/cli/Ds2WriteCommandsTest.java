package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.connectors.sqlite.SqliteOrderedSource;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit}, {@code put}, {@code restore} and {@code inspect} of {@code ds2:MASTER/USERID} on a SQLite file. */
class Ds2WriteCommandsTest {
    private static CliHarness.Runner cli;
    @TempDir
    Path tmp;
    private Path file;
    private String source;

    @BeforeEach
    void seed() {
        cli = CliHarness.in(tmp.resolve("home"));
        file = tmp.resolve("ds2.db");
        source = "sqlite:" + file;
        try (SqliteProfileSource s = SqliteProfileSource.open(file);
             SqliteOrderedSource o = new SqliteOrderedSource(file, false)) {
            for (int n = 1; n <= 5; n++) {
                s.write(new WriteRequest(new EntryRef("DATA/12345", "global", Integer.toString(n)),
                        ("{\"coins\":" + n * 10 + ",\"items\":[1,6,8]}").getBytes(StandardCharsets.UTF_8),
                        List.of(12345L), "{}", Precondition.none()));
                o.create(OrderedStoreRef.of("DATA/12345"), Integer.toString(n), n);
            }
        }
    }

    @AfterEach
    void clear() {
    }

    private String latest() {
        return cli.run("get", "ds2:DATA/12345", "--source", source).out().trim();
    }

    @Test
    void editNeedsTheOfflineStatementThenLandsAsTheNextBackup() {
        CliHarness refused = cli.run("edit", "ds2:DATA/12345", "--add", "/coins=5", "--reason", "t",
                "--source", source);
        assertThat(refused.exit()).isEqualTo(4);
        assertThat(refused.err()).contains("--offline").contains("last save: ").contains("backup 5");
        assertThat(latest()).isEqualTo("{\"coins\":50,\"items\":[1,6,8]}");

        CliHarness ok = cli.run("edit", "ds2:DATA/12345", "--add", "/coins=5", "--append", "/items=9",
                "--reason", "t", "--offline", "--source", source);
        assertThat(ok.exit()).as(ok.err()).isZero();
        JsonNode out = RobloxJson.parse(ok.out());
        assertThat(out.get("written").asText()).isEqualTo("6");
        assertThat(ok.err()).contains("backup 6 (was 5)");
        assertThat(latest()).isEqualTo("{\"coins\":55,\"items\":[1,6,8,9]}");

        CliHarness gone = cli.run("edit", "ds2:DATA/12345", "--remove", "/nothing", "--reason", "t",
                "--offline", "--source", source);
        assertThat(gone.exit()).isEqualTo(3);
        assertThat(cli.run("log").out()).contains("ds2-edit");
    }

    @Test
    void putAndRestoreAreTheSameRecipe() throws Exception {
        Path value = tmp.resolve("v.json");
        Files.writeString(value, "{\"coins\":1,\"items\":[]}");
        CliHarness put = cli.run("put", "ds2:DATA/12345", value.toString(), "--reason", "reset", "--offline",
                "--source", source);
        assertThat(put.exit()).as(put.err()).isZero();
        assertThat(latest()).isEqualTo("{\"coins\":1,\"items\":[]}");
        Files.writeString(value, "{\"items\":{\"1\":1,\"3\":2}}");
        CliHarness bad = cli.run("put", "ds2:DATA/12345", value.toString(), "--reason", "x", "--offline",
                "--source", source);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("DataStore2 would refuse").contains("/items");

        CliHarness restore = cli.run("restore", "ds2:DATA/12345", "--version", "2", "--reason", "rollback",
                "--offline", "--source", source);
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(latest()).isEqualTo("{\"coins\":20,\"items\":[1,6,8]}");
        assertThat(cli.run("versions", "ds2:DATA/12345", "--limit", "1", "--source", source).out())
                .contains("\"backup\":7");
        CliHarness missing = cli.run("restore", "ds2:DATA/12345", "--version", "99", "--reason", "r",
                "--offline", "--source", source);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no backup 99");
    }

    @Test
    void inspectSaysDatastore2ForAStoredPlayerAndAFile() throws Exception {
        JsonNode stored = RobloxJson.parse(cli.run("inspect", "ds2:DATA/12345", "--source", source).out());
        assertThat(stored.get("dialect").asText()).isEqualTo("datastore2");
        assertThat(stored.get("kind").asText()).isEqualTo("profile");
        assertThat(stored.get("lock").isNull()).isTrue();
        assertThat(stored.at("/datastore2/latestBackup").asLong()).isEqualTo(5);
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"a\":{\"1\":true,\"x\":false}}");
        JsonNode file = RobloxJson.parse(cli.run("inspect", bad.toString(), "--dialect", "datastore2").out());
        assertThat(file.get("kind").asText()).isEqualTo("corrupt");
        assertThat(file.at("/datastore2/rulesBreak/path").asText()).isEqualTo("/a");
    }

    @Test
    void thePathAuditScansTheLatestValueOfEachPlayer() {
        cli.run("edit", "ds2:DATA/12345", "--set", "/coins=7", "--reason", "t", "--offline", "--source",
                source);
        CliHarness r = cli.run("audit", "ds2:DATA", "--path", "/coins", "--index",
                tmp.resolve("idx.db").toString(), "--source", source);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = RobloxJson.parse(r.out());
        assertThat(report.get("profiles").asInt()).isEqualTo(1);
        assertThat(report.at("/groups/~1coins/0/value").asInt()).isEqualTo(7);
        CliHarness bad = cli.run("audit", "ds2:DATA/12345", "--source", source);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("master key only");
    }

    @Test
    void findListsThePlayerOnceNotEachBackupHoldingItsUserId() {
        CliHarness r = cli.run("find", "12345", "--source", source);
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"key\":\"ds2:DATA/12345\"").contains("\"dialect\":\"datastore2\"");
    }
}
