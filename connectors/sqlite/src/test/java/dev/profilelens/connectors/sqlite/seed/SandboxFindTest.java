package dev.profilelens.connectors.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.find.FindPlayer;
import dev.profilelens.core.find.FindReport;
import dev.profilelens.core.find.PlayerFinder;
import dev.profilelens.core.find.PlayerQuery;
import dev.profilelens.core.find.StoreCatalog;
import dev.profilelens.core.find.UserDirectory;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Find a player in a seeded sandbox file: by UserId in every store and scope, and by the sandbox's names. */
class SandboxFindTest {
    @TempDir
    Path dir;

    @Test
    void findsEachPlayerWhereTheSeederPutItAndByName() {
        Path file = dir.resolve("sandbox.db");
        SandboxFiles.create(file, 400, 7, Instant.parse("2026-11-01T00:00:00Z"), (d, t) -> { }, () -> false);
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            PlayerFinder finder = new PlayerFinder(s, new StoreCatalog(s, Map.of()), Clock.systemUTC());
            SandboxSeeder seeder = new SandboxSeeder(7, Instant.parse("2026-11-01T00:00:00Z"));
            int beta = 0;
            for (int i = 0; i < 400; i++) {
                SeedProfile p = seeder.profile(i);
                if (p.house()) {
                    continue;
                }
                FindReport r = finder.find(p.id(), Set.of());
                assertThat(r.hits()).extracting(FindHit::ref).as("player %d", p.id()).contains(p.ref());
                beta += p.ref().scope().equals("beta") ? 1 : 0;
            }
            assertThat(beta).as("some players live in scope beta").isPositive();
            long someone = seeder.profile(1).id();
            String name = SandboxUsers.nameOf(someone);
            UserDirectory dir = TestProviders.installed().userDirectory("sqlite:" + file);
            FindPlayer find = new FindPlayer(finder, () -> dir);
            FindPlayer.Result res = find.findResolved(PlayerQuery.parse("@" + name.toUpperCase(), "arg"), Set.of());
            assertThat(res.resolved().id()).isEqualTo(someone);
            assertThat(res.report().hits()).extracting(FindHit::ref).contains(seeder.profile(1).ref());
            EntryRef ref = res.report().hits().get(0).ref();
            assertThat(s.read(ref).map(StoredEntry::userIds).orElseThrow()).contains(someone);
        }
    }
}
