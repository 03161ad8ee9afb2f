package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16's "done when": a 1,001- and a 2,000-deep value is refused by every command with exit 2 naming the file and
 * the path, never a stack trace; a foreign SQLite file's hash is unchanged after every store command, each refusing
 * it with exit 2.
 */
class HostileInputCommandsTest {
    private static CliHarness.Runner cli;
    @TempDir
    Path tmp;
    private Path base;

    @BeforeEach
    void files() throws Exception {
        cli = CliHarness.in(tmp.resolve("home"));
        base = tmp.resolve("base.json");
        Files.writeString(base, "{\"Data\":{\"Coins\":1},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1},"
                + "\"GlobalUpdates\":[1,[[1,1,false,{\"g\":1}]]]}");
    }

    @AfterEach
    void clearHome() {
    }

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {1001, 2000})
    void aTooDeepValueIsRefusedByEveryCommandWithExit2(int levels) throws Exception {
        String nested = "[".repeat(levels - 1) + "]".repeat(levels - 1);
        Path deep = tmp.resolve("deep.json");
        Files.writeString(deep, "{\"Data\":" + nested + ",\"MetaData\":{\"ProfileCreateTime\":1,"
                + "\"SessionLoadCount\":1},\"GlobalUpdates\":[0,[]]}");
        String d = deep.toString();
        String b = base.toString();
        String store = "sqlite:" + tmp.resolve("store.db");
        List<String[]> commands = List.of(
                new String[] {"validate", d}, new String[] {"inspect", d}, new String[] {"diff", b, d},
                new String[] {"diff", d, b}, new String[] {"merge", d, b, b}, new String[] {"merge", b, d, b},
                new String[] {"merge", b, b, d}, new String[] {"global-update", "add", d, "--data", "{}"},
                new String[] {"global-update", "change", d, "--id", "1", "--data", "{}"},
                new String[] {"global-update", "clear", d, "--id", "1"}, new String[] {"message", d, "--data", "{}"},
                new String[] {"global-update", "add", b, "--data", nested},
                new String[] {"global-update", "change", b, "--id", "1", "--data", nested},
                new String[] {"message", b, "--data", nested},
                new String[] {"put", "PlayerData", "Player_1", d, "--reason", "r", "--source", store});
        for (String[] args : commands) {
            CliHarness r = cli.run(args);
            String what = String.join(" ", args).replace(nested, "<deep>");
            assertThat(r.exit()).as("%s: %s", what, r.err()).isEqualTo(2);
            assertThat(r.err()).as(what).contains("more than 1000 levels").contains("/0/0/0").doesNotContain("\tat ");
        }
        assertThat(tmp.resolve("store.db")).doesNotExist();
    }

    @Test
    void aForeignDatabaseKeepsItsHashAfterEveryStoreCommand() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("data"));
        Path foreign = folder.resolve("invoices.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
            s.execute("INSERT INTO invoices (amount) VALUES (9.5)");
        }
        String before = sha256(foreign);
        String src = "sqlite:" + foreign;
        String b = base.toString();
        List<String[]> commands = List.of(new String[] {"stores", "--source", src},
                new String[] {"keys", "PlayerData", "--source", src},
                new String[] {"get", "PlayerData", "Player_1", "--source", src},
                new String[] {"versions", "PlayerData", "Player_1", "--source", src},
                new String[] {"put", "PlayerData", "Player_1", b, "--reason", "r", "--source", src},
                new String[] {"put", "PlayerData", "Player_1", b, "--reason", "r", "--replace", "--confirm",
                    "Player_1", "--source", src},
                new String[] {"unlock", "PlayerData", "Player_1", "--reason", "r", "--confirm", "Player_1",
                    "--source", src},
                new String[] {"restore", "PlayerData", "Player_1", "--version", "1", "--reason", "r",
                    "--source", src},
                new String[] {"audit", "PlayerData", "--source", src},
                new String[] {"watch", "PlayerData", "Player_1", "--count", "1", "--source", src},
                new String[] {"sandbox", "--db", foreign.toString(), "--profiles", "3"},
                new String[] {"emulator", "--db", foreign.toString(), "--port", "0"});
        List<String> siblings = siblings(folder);
        for (String[] args : commands) {
            CliHarness r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli.run(args));
            String what = String.join(" ", args);
            assertThat(r.exit()).as("%s: %s", what, r.err()).isEqualTo(2);
            assertThat(r.err()).as(what).contains(foreign.toString()).doesNotContain("\tat ");
            assertThat(sha256(foreign)).as("after %s", what).isEqualTo(before);
        }
        assertThat(siblings(folder)).as("no journal, log or lock file was left beside it").isEqualTo(siblings);
    }

    @Test
    void namesThatWereNotUtf8AreRefusedWithExit2AndNothingIsWritten() {
        String name = java.util.UUID.randomUUID().toString();
        var memory = MemorySources.named(name);
        String b = base.toString();
        // what Java makes of a command-line argument holding bytes that are not UTF-8, and a JSON escape's surrogate
        for (String bad : new String[] {"Player_\uFFFD", "Player_\uD800"}) {
            List<String[]> commands = List.of(
                    new String[] {"put", "PlayerData", bad, b, "--reason", "r", "--source", "memory:" + name},
                    new String[] {"put", bad, "Player_1", b, "--reason", "r", "--source", "memory:" + name},
                    new String[] {"put", "PlayerData", "Player_1", b, "--reason", "r", "--scope", bad,
                        "--source", "memory:" + name},
                    new String[] {"get", "PlayerData", bad, "--source", "memory:" + name},
                    new String[] {"versions", "PlayerData", bad, "--source", "memory:" + name});
            for (String[] args : commands) {
                CliHarness r = cli.run(args);
                assertThat(r.exit()).as("%s: %s", String.join(" ", args), r.err()).isEqualTo(2);
                assertThat(r.err()).contains("not valid UTF-8").doesNotContain("\tat ");
            }
        }
        assertThat(memory.listDataStores("", null, 10).items()).as("nothing was written").isEmpty();
    }

    private static List<String> siblings(Path folder) throws Exception {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(folder)) {
            files.forEach(p -> names.add(p.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
