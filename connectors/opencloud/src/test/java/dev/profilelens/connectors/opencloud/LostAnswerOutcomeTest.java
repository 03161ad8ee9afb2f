package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.emulator.Faults;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteOutcomeUnknownException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A write whose answer is lost and whose checking read fails too has an unknown outcome, and says so
 * ({@link WriteOutcomeUnknownException}, exit 5 "may or may not have been applied"). Before, the failed read's
 * plain "no answer ... try again" came out although the write had been applied. Under 80 % 503s and 20 % lost
 * answers, every conditional write either lands once on the version it expected, or is refused, or is reported
 * unknown; a plain "unavailable" always means it was not applied.
 */
class LostAnswerOutcomeTest {

    @Test
    void aPlainUnavailableAlwaysMeansNotAppliedAndUnknownOutcomesAreNamed() throws Exception {
        EntryRef ref = EntryRef.of("PlayerData", "Ledger");
        int unknown = 0;
        int plain = 0;
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(1_000_000)
                .withKeepAllVersions(true).withFaults(Faults.parse("503=0.8,lost=0.2,seed=16")));
             ProfileSource source = TestProviders.installed().openSource("opencloud:7@" + emulator.baseUrl(),
                     Map.of("apiKey", "dev-key", "budget", "1000000", "backoffMs", "1"));
             ProfileSource check = TestProviders.installed().openSource("opencloud:7@" + emulator.baseUrl(),
                     Map.of("apiKey", "dev-key", "budget", "1000000", "backoffMs", "1"))) {
            for (int i = 0; i < 150 && unknown < 3; i++) {
                Optional<StoredEntry> before;
                try {
                    before = source.read(ref);
                } catch (UnavailableException e) {
                    continue;
                }
                byte[] value = ("[" + i + "]").getBytes(StandardCharsets.UTF_8);
                Precondition p = before.map(e -> Precondition.matchVersion(e.version()))
                        .orElse(Precondition.mustNotExist());
                try {
                    source.write(new WriteRequest(ref, value, List.of(), "{}", p));
                } catch (WriteOutcomeUnknownException e) {
                    unknown++;
                    assertThat(e.getMessage()).contains("may or may not have been applied");
                    assertThat(e.ref()).isEqualTo(ref);
                } catch (VersionConflictException e) {
                    assertThat(holders(check, ref, value)).isZero();
                } catch (UnavailableException e) {
                    plain++;
                    assertThat(holders(check, ref, value)).as("a plain 'unavailable' after write %d", i).isZero();
                }
                assertThat(holders(check, ref, value)).as("write %d applied at most once", i).isLessThanOrEqualTo(1);
            }
        }
        System.out.printf("lost answers: %d unknown outcomes named, %d plain refusals never applied%n", unknown, plain);
        assertThat(unknown).as("the faults produced unknown outcomes to check").isPositive();
    }

    /** How many stored versions hold exactly {@code value} (read with retries: the checker sees faults too). */
    private static int holders(ProfileSource check, EntryRef ref, byte[] value) {
        for (int attempt = 0; ; attempt++) {
            try {
                List<VersionInfo> versions = new ArrayList<>(check.listVersions(ref, VersionQuery.all(), null, 1000)
                        .items());
                int n = 0;
                for (VersionInfo v : versions) {
                    Optional<StoredEntry> e = check.readVersion(ref, v.version());
                    if (e.isPresent() && Arrays.equals(e.get().value(), value)) {
                        n++;
                    }
                }
                return n;
            } catch (UnavailableException e) {
                if (attempt > 50) {
                    throw e;
                }
            }
        }
    }
}
