package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mirror} of a seeded sandbox file, then the copy read through the store commands. */
class MirrorCommandTest {
    @TempDir
    static Path tmp;
    private static String source;

    @BeforeAll
    static void seed() {
        System.setProperty("profilelens.home", tmp.resolve("home").toString());
        Path db = tmp.resolve("sandbox.db");
        CliHarness r = CliHarness.run("sandbox", "--db", db.toString(), "--profiles", "120", "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
        source = "sqlite:" + db;
    }

    @AfterAll
    static void clearHome() {
        System.clearProperty("profilelens.home");
    }

    @Test
    void theCopyShowsTheSameKeysValuesAndVersionsAndIsReadOnly() {
        Path copy = tmp.resolve("copy.db");
        CliHarness r = CliHarness.run("mirror", "--source", source, "--to", "sqlite:" + copy, "--versions");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("mirrored", "ETA", "mirror complete: 120 keys");
        for (String store : new String[] {"PlayerData", "PlayerData_v2"}) {
            String keys = CliHarness.run("keys", store, "--all-scopes", "--limit", "1000", "--source", source).out();
            assertThat(CliHarness.run("keys", store, "--all-scopes", "--limit", "1000", "--source", "sqlite:" + copy)
                    .out()).isEqualTo(keys);
            String key = keys.lines().filter(l -> l.startsWith("global\t")).findFirst().orElseThrow().substring(7);
            assertThat(CliHarness.run("get", store, key, "--with-info", "--source", "sqlite:" + copy).out())
                    .isEqualTo(CliHarness.run("get", store, key, "--with-info", "--source", source).out());
            assertThat(CliHarness.run("versions", store, key, "--source", "sqlite:" + copy).out())
                    .isEqualTo(CliHarness.run("versions", store, key, "--source", source).out());
        }
        Path value = tmp.resolve("value.json");
        try {
            Files.writeString(value, "{\"Data\":{},\"MetaData\":{},\"GlobalUpdates\":[0,[]]}");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliHarness write = CliHarness.run("put", "PlayerData", "Player_1", value.toString(), "--reason", "x",
                "--source", "sqlite:" + copy);
        assertThat(write.exit()).as(write.err()).isEqualTo(4);
        assertThat(write.err()).contains("read-only");
    }

    @Test
    void copyBackIntoAnotherStoreDryRunThenRun() {
        Path copy = tmp.resolve("copy2.db");
        assertThat(CliHarness.run("mirror", "--source", source, "--to", "sqlite:" + copy).exit()).isZero();
        String dest = "sqlite:" + tmp.resolve("dest.db");
        CliHarness dry = CliHarness.run("mirror", "copy-back", "--from", "sqlite:" + copy, "--source", dest,
                "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isEqualTo(5);
        dev.profilelens.connectors.sqlite.SqliteProfileSource.open(tmp.resolve("dest.db")).close();
        dry = CliHarness.run("mirror", "copy-back", "--from", "sqlite:" + copy, "--source", dest, "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out().lines().reduce((a, b) -> b).orElseThrow())
                .contains("\"summary\":\"dry-run\"", "\"create\":120", "\"written\":0");
        assertThat(CliHarness.run("keys", "PlayerData", "--source", dest).out()).isEmpty();
        CliHarness noReason = CliHarness.run("mirror", "copy-back", "--from", "sqlite:" + copy, "--source", dest);
        assertThat(noReason.exit()).isEqualTo(2);
        CliHarness run = CliHarness.run("mirror", "copy-back", "--from", "sqlite:" + copy, "--source", dest,
                "--reason", "restore");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow()).contains("\"written\":120");
        String key = CliHarness.run("keys", "PlayerData", "--source", source, "--limit", "1").out().strip();
        assertThat(CliHarness.run("get", "PlayerData", key, "--source", dest).out())
                .isEqualTo(CliHarness.run("get", "PlayerData", key, "--source", source).out());
        assertThat(CliHarness.run("log", "--key", key).out()).contains("restore");
    }

    @Test
    void badTargetsAreExit2AndChangeNothing() throws Exception {
        CliHarness form = CliHarness.run("mirror", "--source", source, "--to", "copy.db");
        assertThat(form.exit()).isEqualTo(2);
        assertThat(form.err()).contains("--to takes sqlite:PATH");
        Path db = Path.of(source.substring(7));
        long size = Files.size(db);
        CliHarness self = CliHarness.run("mirror", "--source", source, "--to", source);
        assertThat(self.exit()).isEqualTo(2);
        assertThat(self.err()).contains("not a mirror");
        assertThat(Files.size(db)).isEqualTo(size);
        CliHarness missing = CliHarness.run("mirror", "--source", source, "--to", "sqlite:" + tmp.resolve("m.db"),
                "--stores", "NoSuchStore");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("NoSuchStore");
    }
}
