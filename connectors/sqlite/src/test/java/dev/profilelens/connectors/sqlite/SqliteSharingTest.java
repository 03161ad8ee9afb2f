package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.Race;
import dev.profilelens.testsupport.store.RaceResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several connections (as separate processes would hold) share one file without lost writes. */
class SqliteSharingTest {
    @TempDir
    Path dir;

    @Test
    void conditionalWritesFromTwoConnectionsNeverBothWin() throws Exception {
        Path file = dir.resolve("shared.db");
        try (SqliteProfileSource a = SqliteProfileSource.open(file);
             SqliteProfileSource b = SqliteProfileSource.open(file)) {
            for (int round = 0; round < 20; round++) {
                EntryRef ref = EntryRef.of("PlayerData", "Player_" + round);
                RaceResult create = Race.run(a, b, ref, Precondition.mustNotExist());
                assertThat(create.wins()).isEqualTo(1);
                String version = a.read(ref).orElseThrow().version();
                RaceResult update = Race.run(a, b, ref, Precondition.matchVersion(version));
                assertThat(update.wins()).isEqualTo(1);
                assertThat(b.read(ref).orElseThrow().value()).isEqualTo(update.winnerValue());
                assertThat(a.listVersions(ref, VersionQuery.all(), null, 10).items()).hasSize(2);
            }
        }
    }

    @Test
    void readModifyWriteCountersLoseNoIncrementAcrossConnections() throws Exception {
        Path file = dir.resolve("counter.db");
        EntryRef ref = EntryRef.of("PlayerData", "Counter");
        int writers = 4;
        int perWriter = 25;
        List<SqliteProfileSource> sources = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers, r -> new Thread(r, "sharing-test-writer"));
        try {
            for (int i = 0; i < writers; i++) {
                sources.add(SqliteProfileSource.open(file));
            }
            sources.get(0).write(new WriteRequest(ref, bytes("0"), List.of(), "{}", Precondition.mustNotExist()));
            List<Future<Integer>> futures = new ArrayList<>();
            for (SqliteProfileSource s : sources) {
                futures.add(pool.submit(() -> increment(s, ref, perWriter)));
            }
            for (Future<Integer> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            StoredEntry end = sources.get(1).read(ref).orElseThrow();
            assertThat(new String(end.value(), StandardCharsets.UTF_8))
                    .isEqualTo(Integer.toString(writers * perWriter));
            assertThat(sources.get(2).listVersions(ref, VersionQuery.all(), null, 1000).items())
                    .hasSize(writers * perWriter + 1);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            sources.forEach(SqliteProfileSource::close);
        }
    }

    private static int increment(SqliteProfileSource s, EntryRef ref, int times) {
        int conflicts = 0;
        for (int done = 0; done < times; ) {
            StoredEntry cur = s.read(ref).orElseThrow();
            int n = Integer.parseInt(new String(cur.value(), StandardCharsets.UTF_8));
            try {
                s.write(new WriteRequest(ref, bytes(Integer.toString(n + 1)), List.of(), "{}",
                        Precondition.matchVersion(cur.version())));
                done++;
            } catch (VersionConflictException e) {
                conflicts++;
            }
        }
        return conflicts;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
