package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.sqlite.Retention;
import dev.profilelens.connectors.sqlite.SqliteMirrorTarget;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.Sleeper;
import dev.profilelens.core.mirror.Mirror;
import dev.profilelens.core.mirror.MirrorRequest;
import dev.profilelens.core.mirror.MirrorResult;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mirror over HTTP from the emulator: the copy holds what the universe's file holds, versions included. */
class MirrorOverHttpTest {
    @TempDir
    Path dir;

    @Test
    void mirrorOfAnEmulatedUniverseMatchesItsFile() {
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000)
                .withKeepAllVersions(true))) {
            emulator.seedIfEmpty("9", 60, 7);
            Path copy = dir.resolve("copy.db");
            try (ProfileSource cloud = TestProviders.installed().openSource("opencloud:9@" + emulator.baseUrl(),
                    Map.of("apiKey", "dev-key", "budget", "100000", "readOnly", "true"));
                 SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
                RequestPacer pacer = new RequestPacer(cloud.capabilities().budget(), 0.97, Clock.systemUTC(),
                        Sleeper.real());
                MirrorResult r = new Mirror(cloud, pacer, Clock.systemUTC())
                        .run(new MirrorRequest(List.of("PlayerData"), "", true), target, p -> { }, () -> false);
                assertThat(r.complete()).isTrue();
                assertThat(r.keys()).isPositive();
            }
            Path universe = emulator.stateFolder().resolve("universe-9.db");
            try (SqliteProfileSource file = new SqliteProfileSource(universe, Clock.systemUTC(), Retention.KEEP_ALL,
                    true);
                 SqliteProfileSource mirror = new SqliteProfileSource(copy, Clock.systemUTC(), Retention.KEEP_ALL,
                         true)) {
                List<EntryRef> keys = keys(file);
                assertThat(keys(mirror)).isEqualTo(keys);
                for (EntryRef ref : keys) {
                    StoredEntry a = file.read(ref).orElseThrow();
                    StoredEntry b = mirror.read(ref).orElseThrow();
                    assertThat(b.value()).as(ref.toString()).isEqualTo(a.value());
                    assertThat(b.version()).isEqualTo(a.version());
                    assertThat(b.userIds()).isEqualTo(a.userIds());
                    assertThat(b.attributesJson()).isEqualTo(a.attributesJson());
                    assertThat(versions(mirror, ref)).isEqualTo(versions(file, ref));
                }
                assertThat(mirror.capabilities().readOnly()).isTrue();
            }
        }
    }

    private static List<String> versions(ProfileSource s, EntryRef ref) {
        return s.listVersions(ref, VersionQuery.all(), null, 1000).items().stream()
                .map(v -> v.version() + (v.deleted() ? " deleted" : "")).toList();
    }

    private static List<EntryRef> keys(ProfileSource s) {
        List<EntryRef> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> p = s.listKeys("PlayerData", null, "", cursor, 100);
            out.addAll(p.items());
            cursor = p.nextCursor();
        } while (cursor != null);
        return out;
    }
}
