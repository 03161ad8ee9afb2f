package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mirror} of a seeded sandbox file, then the copy read through the store commands. */
class MirrorCommandTest {
    private static CliHarness.Runner cli;
    @TempDir
    static Path tmp;
    private static String source;
    private static long keys;

    @BeforeAll
    static void seed() {
        cli = CliHarness.in(tmp.resolve("home"));
        Path db = tmp.resolve("sandbox.db");
        CliHarness r = cli.run("sandbox", "--db", db.toString(), "--profiles", "120", "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
        source = "sqlite:" + db;
        keys = keysIn(db);
    }

    /** Live keys of every store in the seeded file (the seeder adds other dialects' keys beside the profiles). */
    private static long keysIn(Path db) {
        long n = 0;
        try (var s = dev.profilelens.connectors.sqlite.SqliteProfileSource.open(db)) {
            for (var store : s.listDataStores("", null, 1000).items()) {
                String cursor = null;
                do {
                    var page = s.listKeys(store.name(), null, "", cursor, 1000);
                    n += page.items().size();
                    cursor = page.nextCursor();
                } while (cursor != null);
            }
        }
        return n;
    }

    @AfterAll
    static void clearHome() {
    }

    @Test
    void theCopyShowsTheSameKeysValuesAndVersionsAndIsReadOnly() {
        Path copy = tmp.resolve("copy.db");
        CliHarness r = cli.run("mirror", "--source", source, "--to", "sqlite:" + copy, "--versions");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("mirrored", "ETA", "mirror complete: " + keys + " keys");
        for (String store : new String[] {"PlayerData", "PlayerData_v2"}) {
            String keys = cli.run("keys", store, "--all-scopes", "--limit", "1000", "--source", source).out();
            assertThat(cli.run("keys", store, "--all-scopes", "--limit", "1000", "--source", "sqlite:" + copy)
                    .out()).isEqualTo(keys);
            String key = keys.lines().filter(l -> l.startsWith("global\t")).findFirst().orElseThrow().substring(7);
            assertThat(cli.run("get", store, key, "--with-info", "--source", "sqlite:" + copy).out())
                    .isEqualTo(cli.run("get", store, key, "--with-info", "--source", source).out());
            assertThat(cli.run("versions", store, key, "--source", "sqlite:" + copy).out())
                    .isEqualTo(cli.run("versions", store, key, "--source", source).out());
        }
        try (var opened = TestProviders.installed().openSource("sqlite:" + copy, Map.of())) {
            assertThat(opened.capabilities().readOnly()).as("a mirror opens read-only").isTrue();
        }
    }

    @Test
    void orderedStoresAreMirroredAndCopiedBack() {
        Path copy = tmp.resolve("ordered-copy.db");
        CliHarness r = cli.run("mirror", "--source", source, "--to", "sqlite:" + copy);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).containsPattern("[1-9][0-9]* ordered entries copied");
        for (String store : new String[] {"Leaderboard", "DATA/900002"}) {
            String want = cli.run("ordered", "list", store, "--desc", "--source", source).out();
            assertThat(want).isNotBlank();
            assertThat(cli.run("ordered", "list", store, "--desc", "--source", "sqlite:" + copy).out())
                    .as(store).isEqualTo(want);
        }
        Path other = tmp.resolve("ordered-dest.db");
        assertThat(cli.run("ordered", "set", "Leaderboard", "100000", "1", "--reason", "t", "--source",
                "sqlite:" + other).exit()).isZero();
        CliHarness dry = cli.run("mirror", "copy-back", "--from", "sqlite:" + copy, "--source", "sqlite:"
                + other, "--stores", "Leaderboard", "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("\"type\":\"ordered\",\"store\":\"Leaderboard\",\"scope\":\"global\","
                + "\"key\":\"100000\"").contains("\"plan\":\"conflict\",\"destValue\":1");
        CliHarness run = cli.run("mirror", "copy-back", "--from", "sqlite:" + copy, "--source", "sqlite:"
                + other, "--stores", "Leaderboard", "--reason", "restore the board");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("skipped (exists with another value)");
        String want = cli.run("ordered", "list", "Leaderboard", "--source", source).out();
        String got = cli.run("ordered", "list", "Leaderboard", "--source", "sqlite:" + other).out();
        assertThat(got.lines().count()).isEqualTo(want.lines().count());
        assertThat(got).contains("\"100000\"");
    }

    @Test
    void aStoreNameThatExistsOnlyAsAnOrderedStoreIsMirroredAndAnUnknownNameIsRefused() {
        Path copy = tmp.resolve("ordered-only.db");
        CliHarness r = cli.run("mirror", "--source", source, "--to", "sqlite:" + copy, "--stores",
                "Leaderboard");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("mirror complete: 0 keys, 0 versions")
                .containsPattern("[1-9][0-9]* ordered entries copied");
        String want = cli.run("ordered", "list", "Leaderboard", "--desc", "--source", source).out();
        assertThat(want).isNotBlank();
        assertThat(cli.run("ordered", "list", "Leaderboard", "--desc", "--source", "sqlite:" + copy).out())
                .isEqualTo(want);
        try (var c = dev.profilelens.connectors.sqlite.SqliteProfileSource.open(copy)) {
            assertThat(c.listDataStores("", null, 10).items()).as("only the ordered store was asked for").isEmpty();
        }
        Path both = tmp.resolve("ordered-and-standard.db");
        CliHarness mixed = cli.run("mirror", "--source", source, "--to", "sqlite:" + both, "--stores",
                "Leaderboard,PlayerData");
        assertThat(mixed.exit()).as(mixed.err()).isZero();
        assertThat(cli.run("keys", "PlayerData", "--all-scopes", "--limit", "1000", "--source", "sqlite:"
                + both).out()).isEqualTo(cli.run("keys", "PlayerData", "--all-scopes", "--limit", "1000",
                "--source", source).out());
        assertThat(cli.run("ordered", "list", "Leaderboard", "--desc", "--source", "sqlite:" + both).out())
                .isEqualTo(want);
        Path none = tmp.resolve("unknown-store.db");
        CliHarness bad = cli.run("mirror", "--source", source, "--to", "sqlite:" + none, "--stores",
                "NoSuchBoard");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("\"NoSuchBoard\" does not exist", "--stores", "nothing was copied");
    }

    @Test
    void copyBackIntoAnotherStoreDryRunThenRun() {
        Path copy = tmp.resolve("copy2.db");
        assertThat(cli.run("mirror", "--source", source, "--to", "sqlite:" + copy).exit()).isZero();
        String dest = "sqlite:" + tmp.resolve("dest.db");
        CliHarness dry = cli.run("mirror", "copy-back", "--from", "sqlite:" + copy, "--source", dest,
                "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isEqualTo(2);
        assertThat(dry.err()).contains("dest.db", "does not exist");
        try (var d = dev.profilelens.connectors.sqlite.SqliteProfileSource.open(tmp.resolve("dest.db"))) {
            d.write(new dev.profilelens.core.store.WriteRequest(dev.profilelens.core.store.EntryRef.of("Other", "k"),
                    "1".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.List.of(), "{}",
                    dev.profilelens.core.store.Precondition.none()));
        }
        dry = cli.run("mirror", "copy-back", "--from", "sqlite:" + copy, "--source", dest, "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out().lines().reduce((a, b) -> b).orElseThrow())
                .contains("\"summary\":\"dry-run\"", "\"create\":" + keys, "\"written\":0");
        assertThat(cli.run("keys", "PlayerData", "--source", dest).out()).isEmpty();
        CliHarness noReason = cli.run("mirror", "copy-back", "--from", "sqlite:" + copy, "--source", dest);
        assertThat(noReason.exit()).isEqualTo(2);
        CliHarness run = cli.run("mirror", "copy-back", "--from", "sqlite:" + copy, "--source", dest,
                "--reason", "restore");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow()).contains("\"written\":" + keys);
        String key = cli.run("keys", "PlayerData", "--source", source, "--limit", "1").out().strip();
        assertThat(cli.run("get", "PlayerData", key, "--source", dest).out())
                .isEqualTo(cli.run("get", "PlayerData", key, "--source", source).out());
        assertThat(cli.run("log", "--key", key).out()).contains("restore");
    }

    @Test
    void badTargetsAreExit2AndChangeNothing() throws Exception {
        CliHarness form = cli.run("mirror", "--source", source, "--to", "copy.db");
        assertThat(form.exit()).isEqualTo(2);
        assertThat(form.err()).contains("--to takes sqlite:PATH");
        Path db = Path.of(source.substring(7));
        long size = Files.size(db);
        CliHarness self = cli.run("mirror", "--source", source, "--to", source);
        assertThat(self.exit()).isEqualTo(2);
        assertThat(self.err()).contains("not a mirror");
        assertThat(Files.size(db)).isEqualTo(size);
        CliHarness missing = cli.run("mirror", "--source", source, "--to", "sqlite:" + tmp.resolve("m.db"),
                "--stores", "NoSuchStore");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("NoSuchStore");
    }
}
