package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sandbox, stores, keys, get and versions against a real seeded SQLite file. */
class StoreCommandsTest {
    private static CliHarness.Runner cli;
    @TempDir
    static Path tmp;
    private static String source;
    private static Path db;

    @BeforeAll
    static void seed() {
        cli = CliHarness.in(tmp.resolve("home"));
        db = tmp.resolve("sandbox.db");
        CliHarness r = cli.run("sandbox", "--db", db.toString(), "--profiles", "300", "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("seeded 300 keys");
        source = "sqlite:" + db;
    }

    @AfterAll
    static void clearHome() {
    }

    @Test
    void sandboxIsCreatedOnceAndThenLeftAlone() {
        CliHarness again = cli.run("sandbox", "--db", db.toString(), "--profiles", "10");
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("seeding skipped");
        assertThat(cli.run("keys", "PlayerData", "--source", source, "--limit", "1000").out().lines()
                .count()).isGreaterThan(100);
    }

    @Test
    void readCommandsOnAMissingFileAreBadInputAndCreateNothing() {
        Path missing = db.resolveSibling("no-such-store.db");
        for (String[] args : List.of(new String[] {"stores"}, new String[] {"keys", "PlayerData"},
                new String[] {"get", "PlayerData", "Player_1"}, new String[] {"versions", "PlayerData", "Player_1"})) {
            String[] withSource = java.util.Arrays.copyOf(args, args.length + 2);
            withSource[args.length] = "--source";
            withSource[args.length + 1] = "sqlite:" + missing;
            CliHarness r = cli.run(withSource);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains(missing.toString(), "does not exist", "profilelens sandbox");
        }
        assertThat(missing).doesNotExist();
    }

    @Test
    void storesListsTheGame() {
        CliHarness r = cli.run("stores", "--source", source);
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().filter(n -> !n.startsWith("DATA") && !n.startsWith("coins/")).toList())
                .containsExactly("GuildHouses", "PlayerData", "PlayerData_plus", "PlayerData_v2");
    }

    @Test
    void keysArePagedInOrderWithLimitAndPrefix() {
        List<String> keys = cli.run("keys", "PlayerData", "--source", source, "--limit", "20").out()
                .lines().toList();
        assertThat(keys).hasSize(20).isSorted().allMatch(k -> k.startsWith("Player_"));
        List<String> beta = cli.run("keys", "PlayerData", "--source", source, "--scope", "beta").out()
                .lines().toList();
        assertThat(beta).isNotEmpty().doesNotContainAnyElementsOf(keys);
        String prefix = keys.get(3).substring(0, keys.get(3).length() - 1);
        assertThat(cli.run("keys", "PlayerData", "--source", source, "--prefix", prefix).out().lines())
                .allMatch(k -> k.startsWith(prefix)).contains(keys.get(3));
        assertThat(cli.run("keys", "PlayerData", "--source", source, "--all-scopes", "--limit", "500").out())
                .contains("beta\t");
    }

    @Test
    void getPrintsTheExactValueAndInfoThatInspectReads() {
        String key = cli.run("keys", "PlayerData", "--source", source, "--limit", "1").out().strip();
        CliHarness get = cli.run("get", "PlayerData", key, "--source", source);
        assertThat(get.exit()).isZero();
        assertThat(get.err()).contains("version ").contains("userIds");
        assertThat(RobloxJson.parse(get.out().strip()).has("GlobalUpdates")).isTrue();
        JsonNode info = RobloxJson.parse(cli.run("get", "PlayerData", key, "--source", source,
                "--with-info").out());
        assertThat(info.get("version").asText()).matches("[0-9A-F]{16}\\.[0-9A-F]{10}\\.[0-9A-F]{16}\\.01");
        assertThat(info.get("value")).isEqualTo(RobloxJson.parse(get.out().strip()));
    }

    @Test
    void versionsListNewestFirstAndOldOnesCanBeRead() {
        String key = null;
        List<String> lines = List.of();
        for (String k : cli.run("keys", "PlayerData", "--source", source, "--limit", "50").out().lines()
                .toList()) {
            lines = cli.run("versions", "PlayerData", k, "--source", source).out().lines().toList();
            if (lines.size() >= 3) {
                key = k;
                break;
            }
        }
        assertThat(key).isNotNull();
        List<String> created = lines.stream().map(l -> RobloxJson.parse(l).get("created").asText()).toList();
        assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String oldest = RobloxJson.parse(lines.get(lines.size() - 1)).get("version").asText();
        CliHarness old = cli.run("get", "PlayerData", key, "--source", source, "--version", oldest);
        assertThat(old.exit()).isZero();
        assertThat(old.out()).isNotEqualTo(cli.run("get", "PlayerData", key, "--source", source).out());
    }

    @Test
    void badNamesAndMissingKeysAreExit2() {
        CliHarness tooLong = cli.run("get", "PlayerData", "x".repeat(51), "--source", source);
        assertThat(tooLong.exit()).isEqualTo(2);
        assertThat(tooLong.err()).contains("51 bytes");
        CliHarness missing = cli.run("get", "PlayerData", "Player_0", "--source", source);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("No value");
        CliHarness unknown = cli.run("stores", "--source", "nosuch:thing");
        assertThat(unknown.exit()).isEqualTo(2);
    }

    @Test
    void putAndUnlockWorkOnTheSqliteStore() {
        String key = null;
        for (String k : cli.run("keys", "PlayerData", "--source", source, "--limit", "60").out().lines()
                .toList()) {
            CliHarness inspect = cli.run("get", "PlayerData", k, "--source", source);
            java.nio.file.Path f = tmp.resolve(k + ".json");
            try {
                java.nio.file.Files.writeString(f, inspect.out());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            JsonNode report = RobloxJson.parse(cli.run("inspect", f.toString()).out());
            if (report.get("lock").get("state").asText().equals("stale")) {
                key = k;
                break;
            }
        }
        assertThat(key).as("a stale profile among the first keys").isNotNull();
        CliHarness unlock = cli.run("unlock", "PlayerData", key, "--reason", "server crashed",
                "--confirm", key, "--source", source);
        assertThat(unlock.exit()).as(unlock.err()).isZero();
        assertThat(cli.run("get", "PlayerData", key, "--source", source).out()).doesNotContain("ActiveSession");
    }
}
