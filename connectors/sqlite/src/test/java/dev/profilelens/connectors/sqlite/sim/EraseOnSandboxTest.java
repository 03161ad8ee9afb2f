package dev.profilelens.connectors.sqlite.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.connectors.sqlite.SqliteOrderedSource;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.seed.DialectSeeder;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.erase.EraseOptions;
import dev.profilelens.core.erase.ErasePlace;
import dev.profilelens.core.erase.ErasePlan;
import dev.profilelens.core.erase.Erasure;
import dev.profilelens.core.erase.ErasureRequest;
import dev.profilelens.core.erase.PlaceOutcome;
import dev.profilelens.core.erase.PlaceUniverses;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Right to erasure on a real sandbox file with simulated game servers (real threads, fast game time): a profile a
 * server owns is handed over and deleted only once released, and no server writes it again afterwards; a DataStore2
 * player loses every standard and ordered entry.
 */
class EraseOnSandboxTest {
    @TempDir
    Path dir;

    private Path sandbox() {
        Path file = dir.resolve("sandbox.db");
        SandboxFiles.create(file, 400, 7, Instant.now(), (d, t) -> { }, () -> false);
        return file;
    }

    private static Optional<EntryRef> live(SqliteProfileSource s, String store) {
        return s.listKeys(store, EntryRef.DEFAULT_SCOPE, "", null, 1000).items().stream().filter(r -> {
            JsonNode v = RobloxJson.parse(s.read(r).orElseThrow().value());
            // a simulated server's session (the seed also holds locks of made-up servers nobody runs)
            long place = v.at("/MetaData/ActiveSession/0").asLong();
            return place >= 4_811_000_000L && place < 4_811_000_064L && v.has("Data");
        }).findFirst();
    }

    @Test
    void aLiveProfileIsDeletedOnlyOnceReleasedAndIsNotWrittenAgain() throws Exception {
        Path file = sandbox();
        InMemoryAuditLog audit = new InMemoryAuditLog();
        try (SqliteProfileSource source = SqliteProfileSource.open(file);
             SqliteOrderedSource ordered = new SqliteOrderedSource(file, false);
             SimulatedServers sim = SimulatedServers.start(source, new SimulationOptions(3, 300, 5,
                     SimStore.sandboxDefaults(), Duration.ZERO), e -> { })) {
            EntryRef ref = null;
            for (int i = 0; i < 400 && ref == null; i++) {
                ref = live(source, "PlayerData").orElse(null);
                Thread.sleep(50);
            }
            assertThat(ref).as("a live profile in PlayerData").isNotNull();
            long userId = Long.parseLong(ref.key().substring("Player_".length()));
            SavePipeline pipeline = new SavePipeline(source, audit, Clock.systemUTC(), "t", "sandbox");
            Erasure erasure = new Erasure(source, ordered, List.of(), audit, new Handover(pipeline, source,
                    Clock.systemUTC()), Clock.systemUTC(), "t", "sandbox", dir);
            ErasePlan plan = erasure.plan(ErasureRequest.typed(Long.toString(userId), "USERID"),
                    PlaceUniverses.none(), null, null);
            EntryRef target = ref;
            assertThat(plan.places()).filteredOn(p -> p.ref().equals(target)).singleElement()
                    .extracting(ErasePlace::lock).isEqualTo("active");
            sim.retire(ref); // the account is gone: the player never joins again
            // re-check after 2 s wall = 600 game seconds: many autosaves of every server
            Erasure.Result r = erasure.run(plan, Long.toString(userId), "RTBF ticket 1", new EraseOptions(true,
                    Duration.ofSeconds(60), Duration.ofMillis(20), Duration.ofSeconds(2)), p -> { }, () -> false);
            PlaceOutcome o = r.report().outcomes().stream().filter(x -> x.place().ref().equals(target))
                    .findFirst().orElseThrow();
            assertThat(o.status()).as(o.detail()).isEqualTo(PlaceOutcome.Status.DELETED);
            assertThat(o.detail()).contains("released it");
            JsonNode deleted = RobloxJson.parse(source.readVersion(ref, o.version()).orElseThrow().value());
            assertThat(deleted.at("/MetaData/ActiveSession").isMissingNode())
                    .as("the version deleted was the released one, never one a server still owned").isTrue();
            assertThat(audit.query(ref.key(), null, 20)).extracting(AuditEntry::action)
                    .containsSubsequence("erase", "handover-request");
            Thread.sleep(1_000);
            assertThat(source.read(ref)).as("no server wrote %s again", ref).isEmpty();
            assertThat(r.report().complete()).isTrue();
        }
    }

    @Test
    void aDataStore2PlayerLosesEveryStandardAndOrderedEntry() {
        Path file = sandbox();
        long migrated = DialectSeeder.FIRST_DS2_USER + 3;   // backups plus the Standard location key
        long neighbour = DialectSeeder.FIRST_DS2_USER + 4;
        String store = DialectSeeder.DS2_MASTER + "/" + migrated;
        InMemoryAuditLog audit = new InMemoryAuditLog();
        try (SqliteProfileSource source = SqliteProfileSource.open(file);
             SqliteOrderedSource ordered = new SqliteOrderedSource(file, false)) {
            int backups = source.listKeys(store, null, "", null, 1000).items().size();
            assertThat(backups).isPositive();
            Erasure erasure = new Erasure(source, ordered, List.of(), audit, null, Clock.systemUTC(), "t",
                    "sandbox", dir);
            ErasePlan plan = erasure.plan(ErasureRequest.typed(Long.toString(migrated), "USERID"),
                    PlaceUniverses.none(), null, null);
            assertThat(plan.places()).filteredOn(p -> p.kind() == ErasePlace.Kind.ORDERED).hasSize(backups);
            assertThat(plan.places()).filteredOn(p -> p.kind() == ErasePlace.Kind.KEY).hasSize(backups + 1)
                    .anyMatch(p -> p.ref().equals(EntryRef.of(DialectSeeder.DS2_MASTER, Long.toString(migrated))));
            Erasure.Result r = erasure.run(plan, Long.toString(migrated), "RTBF ticket 2", new EraseOptions(false,
                    Duration.ofSeconds(1), Duration.ofMillis(20), Duration.ZERO), p -> { }, () -> false);
            assertThat(r.report().complete()).isTrue();
            assertThat(source.listKeys(store, null, "", null, 1000).items()).isEmpty();
            assertThat(ordered.list(OrderedStoreRef.of(store), OrderedQuery.ascending(), null, 100).items()).isEmpty();
            assertThat(source.read(EntryRef.of(DialectSeeder.DS2_MASTER, Long.toString(migrated)))).isEmpty();
            assertThat(source.read(EntryRef.of(DialectSeeder.DS2_MASTER, Long.toString(neighbour)))).isPresent();
            assertThat(ordered.list(OrderedStoreRef.of(DialectSeeder.DS2_MASTER + "/" + neighbour),
                    OrderedQuery.ascending(), null, 100).items()).isNotEmpty();
            assertThat(audit.query(null, null, 1000)).hasSize(2 * backups + 1);
        }
    }
}
