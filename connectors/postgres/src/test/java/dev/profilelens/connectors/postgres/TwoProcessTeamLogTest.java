package dev.profilelens.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ProfileLens processes, one team database, one universe, writing the same keys at once: the log holds every
 * write exactly once as done, and per key the done entries, in the database's order, chain version to version and
 * end at the stored version.
 */
class TwoProcessTeamLogTest {
    private static final int WRITES = 15;
    private static final List<String> KEYS = List.of("Shared_1", "Shared_2", "Shared_3");

    @TempDir
    Path dir;

    @Test
    void everyWriteIsLoggedExactlyOnceInOrderPerKey() throws Exception {
        String schema = TestServer.freshSchema();
        Path universe = dir.resolve("universe.db");
        SqliteProfileSource.open(universe).close();
        List<Process> processes = new ArrayList<>();
        for (String[] who : new String[][] {{"alpha", "pl_editor"}, {"beta", "pl_editor2"}}) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), TeamWriterProcess.class.getName(),
                    TestServer.url(), who[1], TestServer.password(), schema, universe.toString(), who[0],
                    String.valueOf(WRITES)));
            cmd.addAll(KEYS);
            File out = dir.resolve(who[0] + ".log").toFile();
            processes.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out).start());
        }
        for (Process p : processes) {
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("writer finished").isTrue();
        }
        for (String who : List.of("alpha", "beta")) {
            String output = Files.readString(dir.resolve(who + ".log"));
            assertThat(output).as(who + " output").contains("done " + who);
        }

        try (TeamDatabase db = TeamDatabase.connect(TestServer.as("pl_viewer", schema));
             SqliteProfileSource source = SqliteProfileSource.open(universe)) {
            List<AuditEntry> all = db.auditLog().query(AuditQuery.newest(10_000).withBatch("two-process"));
            assertThat(all).extracting(AuditEntry::status).doesNotContain(AuditStatus.UNCONFIRMED);
            for (String key : KEYS) {
                List<AuditEntry> done = new ArrayList<>(db.auditLog().query(AuditQuery.newest(10_000).withKey(key))
                        .stream().filter(e -> e.status() == AuditStatus.DONE).toList());
                java.util.Collections.reverse(done);
                assertThat(done).as(key + ": one done entry per write").hasSize(2 * WRITES);
                Set<String> reasons = new HashSet<>();
                done.forEach(e -> reasons.add(e.reason()));
                assertThat(reasons).as(key + ": each write exactly once").hasSize(2 * WRITES);
                String previous = null;
                for (AuditEntry e : done) {
                    assertThat(e.versionBefore()).as(key + " chain at " + e.reason()).isEqualTo(previous);
                    previous = e.versionAfter();
                }
                StoredEntry stored = source.read(EntryRef.of("PlayerData", key)).orElseThrow();
                assertThat(stored.version()).isEqualTo(previous);
                assertThat(RobloxJson.parse(stored.value()).get("Writes").asInt()).isEqualTo(2 * WRITES);
                assertThat(Objects.requireNonNull(done.get(done.size() - 1).reason()))
                        .isEqualTo(RobloxJson.parse(stored.value()).get("Last").asText());
            }
        }
    }
}
