package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.emulator.Faults;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code put --expect-version} when answers are lost: a put that cannot know its outcome exits 5 and says so,
 * naming the commands that tell; under 10 % lost answers (and 10 % 5xx) on the Open Cloud emulator every put exits
 * 0, 3 or 5, an accepted one lands exactly once on the version it expected, and nothing lands twice.
 */
class PutLostAnswerTest {
    private static CliHarness.Runner cli;
    private static final String PROFILE = "{\"Data\":{\"Coins\":0},\"MetaData\":{\"ProfileCreateTime\":1,"
            + "\"SessionLoadCount\":1,\"MetaTags\":[]},\"GlobalUpdates\":[0,[]]}";
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_7");

    @TempDir
    Path tmp;

    @BeforeEach
    void home() {
        cli = CliHarness.in(tmp.resolve("home"));
    }

    @AfterEach
    void clearHome() {
    }

    @Test
    void aPutWhoseOutcomeCannotBeKnownExits5AndNamesHowToCheck() throws Exception {
        String name = UUID.randomUUID().toString();
        InMemoryProfileSource memory = MemorySources.named(name);
        String version = memory.write(new WriteRequest(REF, RobloxJson.write(RobloxJson.parse(PROFILE)), List.of(),
                "{}", Precondition.none())).version();
        CliHarness r = cli.run("put", REF.store(), REF.key(), valueFile(5).toString(), "--reason", "refund",
                "--expect-version", version, "--source", "lost:" + name);
        assertThat(r.exit()).as(r.err()).isEqualTo(5);
        assertThat(r.err()).contains("may or may not have been applied")
                .contains("profilelens versions PlayerData Player_7 --scope global --source lost:" + name)
                .contains("profilelens get PlayerData Player_7 --scope global --source lost:" + name + " --with-info")
                .doesNotContain("\tat ");
        assertThat(coins(memory.read(REF).orElseThrow())).as("it was in fact applied").isEqualTo(5);
    }

    @Test
    void underLostAnswersEveryPutLandsOnceOnItsVersionOrSaysItsOutcomeIsUnknown() throws Exception {
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(1_000_000)
                .withKeepAllVersions(true).withFaults(Faults.parse("500=0.05,503=0.05,lost=0.1,seed=16")));
             ProfileSource check = TestProviders.installed().openSource("opencloud:7@" + emulator.baseUrl(),
                     Map.of("apiKey", "dev-key", "budget", "1000000", "backoffMs", "1"))) {
            String spec = "opencloud:7@" + emulator.baseUrl();
            retry(() -> check.write(new WriteRequest(REF, RobloxJson.write(RobloxJson.parse(PROFILE)), List.of(),
                    "{}", Precondition.none())));
            int[] exits = new int[6];
            for (int coins = 1; coins <= 12; coins++) {
                String expected = retry(() -> check.read(REF)).orElseThrow().version();
                CliHarness r = cli.run("put", REF.store(), REF.key(), valueFile(coins).toString(), "--reason",
                        "refund", "--expect-version", expected, "--source", spec);
                assertThat(r.exit()).as("put %d: %s", coins, r.err()).isIn(0, 3, 5);
                assertThat(r.err()).doesNotContain("\tat ");
                exits[r.exit()]++;
                List<String> holders = holders(check, coins);
                assertThat(holders).as("put %d lands at most once", coins).hasSizeLessThanOrEqualTo(1);
                if (r.exit() == 0) {
                    assertThat(holders).as("put %d landed", coins).hasSize(1);
                    assertThat(previous(check, holders.get(0))).as("put %d landed on the version it expected", coins)
                            .isEqualTo(expected);
                } else if (r.exit() == 5 && !holders.isEmpty()) {
                    assertThat(r.err()).as("an applied put that exits 5 says its outcome is unknown")
                            .contains("may or may not have been applied").contains("profilelens versions");
                }
            }
            System.out.printf("put under lost answers: %d written, %d conflicts, %d unknown or unavailable%n",
                    exits[0], exits[3], exits[5]);
            assertThat(exits[0]).as("most puts get through").isPositive();
        }
    }

    private Path valueFile(int coins) throws Exception {
        ObjectNode v = (ObjectNode) RobloxJson.parse(PROFILE);
        ((ObjectNode) v.get("Data")).put("Coins", coins);
        Path file = tmp.resolve("value-" + coins + ".json");
        Files.write(file, RobloxJson.write(v));
        return file;
    }

    private static int coins(StoredEntry e) {
        JsonNode v = RobloxJson.parse(e.value());
        return v.path("Data").path("Coins").asInt();
    }

    /** The versions whose value holds {@code coins}, oldest first. */
    private static List<String> holders(ProfileSource check, int coins) {
        return retry(() -> check.listVersions(REF, VersionQuery.all(), null, 1000).items().stream()
                .filter(v -> check.readVersion(REF, v.version()).map(e -> coins(e) == coins).orElse(false))
                .map(VersionInfo::version).toList());
    }

    /** The version stored just before {@code version} (versions are listed oldest first). */
    private static String previous(ProfileSource check, String version) {
        List<VersionInfo> all = retry(() -> check.listVersions(REF, VersionQuery.all(), null, 1000).items());
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).version().equals(version)) {
                return all.get(i - 1).version();
            }
        }
        return "none";
    }

    /** The checker sees the same faults: it retries until it gets an answer. */
    private static <T> T retry(Supplier<T> call) {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.get();
            } catch (UnavailableException e) {
                if (attempt > 50) {
                    throw e;
                }
            }
        }
    }
}
