package dev.profilelens.connectors.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.sqlite.SqliteOrderedSource;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Layout;
import dev.profilelens.core.ds2.Ds2Places;
import dev.profilelens.core.ds2.Ds2Player;
import dev.profilelens.core.ds2.Ds2Reader;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's DataStore2 players, ProfileService Plus profiles and leaderboard, read back as ProfileLens reads. */
class DialectSeederTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void seed() {
        file = dir.resolve("sandbox.db");
        SandboxFiles.create(file, 600, 7, NOW, (d, t) -> { }, () -> false);
    }

    private static Ds2Player player(long userId, Ds2Layout layout) {
        try (SqliteProfileSource s = SqliteProfileSource.open(file);
             SqliteOrderedSource o = new SqliteOrderedSource(file, true)) {
            Ds2Address a = new Ds2Address(DialectSeeder.DS2_MASTER, userId);
            return new Ds2Reader(s, o).read(a, Ds2Places.of(a, "global"), layout, true);
        }
    }

    @Test
    void dataStore2PlayersCoverEveryLayoutCase() {
        Ds2Player longest = player(DialectSeeder.FIRST_DS2_USER, Ds2Layout.AUTO);
        assertThat(longest.layout()).isEqualTo(Ds2Layout.ORDERED_BACKUPS);
        assertThat(longest.latestBackup()).isEqualTo(600);
        assertThat(RobloxJson.parse(longest.latest().value()).has("inventory")).isTrue();
        assertThat(longest.readOnly()).isNull();

        Ds2Player era = player(DialectSeeder.FIRST_DS2_USER + 1, Ds2Layout.AUTO);
        assertThat(era.latestBackup()).isEqualTo(1_523_800_000L + 3 * 86_400 + 5);

        Ds2Player unindexed = player(DialectSeeder.FIRST_DS2_USER + 2, Ds2Layout.AUTO);
        assertThat(unindexed.latestBackup()).isEqualTo(8);
        assertThat(unindexed.unindexed()).isNotNull();
        assertThat(unindexed.readOnly()).contains("not indexed");

        Ds2Player migrated = player(DialectSeeder.FIRST_DS2_USER + 3, Ds2Layout.AUTO);
        assertThat(migrated.layout()).isEqualTo(Ds2Layout.MIGRATED);
        assertThat(migrated.latest().ref()).isEqualTo(EntryRef.of("DATA", Long.toString(
                DialectSeeder.FIRST_DS2_USER + 3)));
        assertThat(migrated.readOnly()).contains("ambiguous");
        assertThat(player(DialectSeeder.FIRST_DS2_USER + 3, Ds2Layout.MIGRATED).readOnly()).isNull();
    }

    @Test
    void plusProfilesReadAsTheirDialectWithEveryLockState() {
        Set<LockStatus> locks = EnumSet.noneOf(LockStatus.class);
        LockClassifier classifier = new LockClassifier(Clock.fixed(NOW, ZoneOffset.UTC));
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            Page<EntryRef> keys = s.listKeys(DialectSeeder.PLUS_STORE, "global", "", null, 100);
            assertThat(keys.items()).hasSizeGreaterThanOrEqualTo(6);
            for (EntryRef ref : keys.items()) {
                var e = s.read(ref).orElseThrow();
                ProfileReading r = ProfileCodec.read(e.value());
                assertThat(r.kind()).isEqualTo(Kind.PROFILE);
                assertThat(r.dialect()).isEqualTo(Dialect.PROFILESERVICE_PLUS);
                assertThat(e.userIds()).hasSize(1);
                locks.add(classifier.classify(r).status());
            }
        }
        assertThat(locks).containsExactlyInAnyOrder(LockStatus.FREE, LockStatus.ACTIVE, LockStatus.STALE);
    }

    @Test
    void leaderboardIsAnOrderedStore() {
        try (SqliteOrderedSource o = new SqliteOrderedSource(file, true)) {
            Page<OrderedEntry> top = o.list(OrderedStoreRef.of(DialectSeeder.LEADERBOARD),
                    OrderedQuery.descendingOrder(), null, 10);
            assertThat(top.items()).hasSize(10);
            assertThat(top.items().get(0).value()).isGreaterThanOrEqualTo(top.items().get(9).value());
        }
    }
}
