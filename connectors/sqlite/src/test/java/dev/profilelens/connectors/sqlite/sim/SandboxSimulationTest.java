package dev.profilelens.connectors.sqlite.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.testsupport.store.SessionLocks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulated servers on a real sandbox file, as the CLI and the window start them: they load and save profiles of the
 * file (and DataStore2 players), and once closed no profile is held by any of them and nothing writes any more.
 */
class SandboxSimulationTest {
    @TempDir
    Path dir;

    @Test
    void serversPlayOnTheFileAndCloseReleasesEverythingTheyHeld() throws Exception {
        Path file = dir.resolve("sandbox.db");
        SandboxFiles.create(file, 300, 7, Instant.now(), (d, t) -> { }, () -> false);
        Set<String> kinds = ConcurrentHashMap.newKeySet();
        List<String> jobs;
        try (SandboxSimulation sim = SandboxSimulation.start(file, new SimulationOptions(2, 300, 3,
                SimStore.sandboxDefaults(), Duration.ZERO), e -> kinds.add(e.kind()))) {
            for (int i = 0; i < 200 && !(kinds.contains("SAVED") && kinds.contains("DS2_SAVED")); i++) {
                Thread.sleep(50);
            }
            assertThat(kinds).as("events").contains("LOADED", "SAVED", "DS2_SAVED");
            jobs = new ArrayList<>(sim.servers().liveServers());
            assertThat(jobs).hasSize(2);
            assertThat(heldBy(file, jobs)).as("profiles the servers hold while they run").isNotEmpty();
        }
        assertThat(heldBy(file, jobs)).as("held after close").isEmpty();
        Map<String, String> versions = versions(file);
        Thread.sleep(500);
        assertThat(versions(file)).as("nothing writes after close").isEqualTo(versions);
    }

    /** PlayerData keys whose session lock names one of {@code jobs} ("placeId/jobId"). */
    private static List<String> heldBy(Path file, List<String> jobs) {
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            return SessionLocks.heldBy(s, "PlayerData", jobs);
        }
    }

    /** The current version of each PlayerData key. */
    private static Map<String, String> versions(Path file) {
        Map<String, String> out = new HashMap<>();
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            for (EntryRef ref : s.listKeys("PlayerData", EntryRef.DEFAULT_SCOPE, "", null, 1000).items()) {
                out.put(ref.key(), s.read(ref).orElseThrow().version());
            }
        }
        return out;
    }
}
