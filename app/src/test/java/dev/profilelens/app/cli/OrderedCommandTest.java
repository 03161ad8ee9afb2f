package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.core.codec.RobloxJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profilelens ordered …} end to end on an SQLite file and on the emulator, with the audit log. */
class OrderedCommandTest {
    private static CliHarness.Runner cli;
    @TempDir
    Path tmp;

    @BeforeEach
    void home() {
        cli = CliHarness.in(tmp.resolve("home"));
    }

    @AfterEach
    void clearHome() {
    }

    private static List<String> lines(CliHarness r) {
        return r.out().lines().toList();
    }

    private void leaderboard(String source) {
        for (int i = 1; i <= 5; i++) {
            CliHarness r = cli.run("ordered", "set", "Wins", "u" + i, Integer.toString(i * 100), "--source",
                    source, "--reason", "seed");
            assertThat(r.exit()).as(r.err()).isZero();
        }
    }

    @Test
    void listGetSetIncrementRemoveOnSqlite() {
        String source = "sqlite:" + tmp.resolve("s.db");
        leaderboard(source);
        CliHarness top = cli.run("ordered", "list", "Wins", "--desc", "--limit", "2", "--source", source);
        assertThat(lines(top)).containsExactly("{\"key\":\"u5\",\"value\":500}", "{\"key\":\"u4\",\"value\":400}");
        CliHarness range = cli.run("ordered", "list", "Wins", "--min", "200", "--max", "300", "--source",
                source);
        assertThat(lines(range)).containsExactly("{\"key\":\"u2\",\"value\":200}", "{\"key\":\"u3\",\"value\":300}");
        CliHarness inc = cli.run("ordered", "increment", "Wins", "u1", "--source", source, "--", "-50");
        assertThat(inc.exit()).as(inc.err()).isZero();
        assertThat(inc.out().trim()).isEqualTo("{\"key\":\"u1\",\"value\":50}");
        assertThat(cli.run("ordered", "remove", "Wins", "u5", "--source", source, "--reason", "cheater")
                .exit()).isZero();
        CliHarness gone = cli.run("ordered", "get", "Wins", "u5", "--source", source);
        assertThat(gone.exit()).isEqualTo(2);
        assertThat(gone.err()).contains("No entry u5");
        assertThat(cli.run("ordered", "remove", "Wins", "u5", "--source", source).exit()).isEqualTo(2);
        CliHarness log = cli.run("log", "--key", "u5");
        assertThat(log.exit()).as(log.err()).isZero();
        assertThat(log.out()).contains("cheater").contains("ordered-remove");
    }

    @Test
    void badValuesAreRefusedAndNothingIsWritten() {
        String source = "sqlite:" + tmp.resolve("s.db");
        leaderboard(source);
        CliHarness frac = cli.run("ordered", "set", "Wins", "u1", "1.5", "--source", source);
        assertThat(frac.exit()).isEqualTo(2);
        assertThat(frac.err()).contains("must be an integer").contains("VALUE");
        CliHarness big = cli.run("ordered", "set", "Wins", "u1", "9223372036854775808", "--source", source);
        assertThat(big.exit()).isEqualTo(2);
        assertThat(big.err()).contains("64-bit");
        CliHarness overflow = cli.run("ordered", "increment", "Wins", "u1", "9223372036854775807",
                "--source", source);
        assertThat(overflow.exit()).isEqualTo(2);
        JsonNode u1 = RobloxJson.parse(cli.run("ordered", "get", "Wins", "u1", "--source", source).out());
        assertThat(u1.get("value").asLong()).isEqualTo(100);
        CliHarness minMax = cli.run("ordered", "list", "Wins", "--min", "5", "--max", "1", "--source",
                source);
        assertThat(minMax.exit()).isEqualTo(2);
    }

    @Test
    void sameCommandsOverTheEmulator() {
        try (EmulatorServer emu = EmulatorServer.start(EmulatorOptions.defaults().withBudget(10_000))) {
            String source = "opencloud:9@" + emu.baseUrl();
            leaderboard(source);
            CliHarness top = cli.run("ordered", "list", "Wins", "--desc", "--limit", "1", "--source", source);
            assertThat(lines(top)).containsExactly("{\"key\":\"u5\",\"value\":500}");
            CliHarness rm = cli.run("ordered", "remove", "Wins", "nobody", "--source", source);
            assertThat(rm.exit()).isEqualTo(2);
        }
    }
}
