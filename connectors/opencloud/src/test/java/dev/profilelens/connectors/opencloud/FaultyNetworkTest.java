package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.emulator.Faults;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteOutcomeUnknownException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 1,000 read-modify-write appends through the client while the emulator fails 20% of requests with 5xx and loses
 * 10% of write answers after applying them: every append ends up stored exactly once.
 */
class FaultyNetworkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyWriteIsAppliedExactlyOnceDespiteErrorsAndLostAnswers() throws Exception {
        Faults faults = Faults.parse("500=0.1,503=0.1,lost=0.1,seed=7");
        int keys = 10;
        int writes = 1_000;
        int conflicts = 0;
        int unknown = 0;
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(1_000_000)
                .withKeepAllVersions(true).withFaults(faults));
             ProfileSource source = TestProviders.installed().openSource("opencloud:7@" + emulator.baseUrl(),
                     Map.of("apiKey", "dev-key", "budget", "1000000", "v1Budget", "1000000", "backoffMs", "2"))) {
            for (int i = 0; i < writes; i++) {
                EntryRef ref = EntryRef.of("Ledger", "k" + (i % keys));
                while (true) {
                    Optional<StoredEntry> cur = source.read(ref);
                    ArrayNode list = cur.isPresent() ? (ArrayNode) JSON.readTree(cur.get().value())
                            : JSON.createArrayNode();
                    list.add("t" + i);
                    byte[] next = list.toString().getBytes(StandardCharsets.UTF_8);
                    Precondition p = cur.map(e -> Precondition.matchVersion(e.version()))
                            .orElse(Precondition.mustNotExist());
                    try {
                        source.write(new WriteRequest(ref, next, List.of(1L), "{}", p));
                        break;
                    } catch (VersionConflictException e) {
                        conflicts++;
                    } catch (WriteOutcomeUnknownException e) {
                        unknown++;
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            int total = 0;
            for (int k = 0; k < keys; k++) {
                JsonNode list = JSON.readTree(source.read(EntryRef.of("Ledger", "k" + k)).orElseThrow().value());
                for (JsonNode t : list) {
                    assertThat(seen.add(t.asText())).as("token %s stored twice", t).isTrue();
                    total++;
                }
            }
            assertThat(total).isEqualTo(writes);
            System.out.printf("faulty network: %d writes stored exactly once; %d conflicts re-read, %d unknown "
                    + "outcomes resolved by re-reading%n", total, conflicts, unknown);
        }
    }
}
