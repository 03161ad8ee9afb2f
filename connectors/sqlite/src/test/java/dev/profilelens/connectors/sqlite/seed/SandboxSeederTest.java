package dev.profilelens.connectors.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeded sandbox holds every state the app must show, read back through core's own readers. */
class SandboxSeederTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    @TempDir
    Path dir;

    private static List<StoredEntry> all(SqliteProfileSource s, String store) {
        List<StoredEntry> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> page = s.listKeys(store, null, "", cursor, 100);
            page.items().forEach(r -> out.add(s.read(r).orElseThrow()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }

    @Test
    void everyStateOccursAndReadsRight() {
        Path file = dir.resolve("sandbox.db");
        AtomicInteger lastDone = new AtomicInteger();
        SandboxFiles.create(file, 600, 7, NOW, (done, total) -> lastDone.set(done), () -> false);
        assertThat(lastDone.get()).isEqualTo(600);
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Set<LockStatus> psLocks = EnumSet.noneOf(LockStatus.class);
        Set<LockStatus> pstLocks = EnumSet.noneOf(LockStatus.class);
        Set<String> features = new HashSet<>();
        LockClassifier locks = new LockClassifier(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            assertThat(s.listDataStores("", null, 100).items()).extracting(i -> i.name())
                    .contains("GuildHouses", "PlayerData", "PlayerData_v2", "DATA", "PlayerData_plus");
            assertThat(s.listKeys("PlayerData", "beta", "", null, 5).items()).isNotEmpty();
            int total = 0;
            for (String store : List.of("PlayerData", "PlayerData_v2", "GuildHouses")) {
                for (StoredEntry e : all(s, store)) {
                    total++;
                    ProfileReading r = ProfileCodec.read(e.value());
                    kinds.add(r.kind());
                    if (r.kind() != Kind.PROFILE) {
                        continue;
                    }
                    Validator.validateProfile(r.root());
                    LockState lock = locks.classify(r);
                    (r.dialect() == Dialect.PROFILESTORE ? pstLocks : psLocks).add(lock.status());
                    if (lock.forceLoadRequestedBy() != null) {
                        features.add("force-load");
                    }
                    if (r.mailbox() != null && !r.mailbox().active().isEmpty()) {
                        features.add("active-updates");
                    }
                    if (r.mailbox() != null && !r.mailbox().locked().isEmpty()) {
                        features.add("locked-updates");
                    }
                    if (r.mailbox() != null && !r.mailbox().messages().isEmpty()) {
                        features.add("messages");
                    }
                    if (r.userIds() == null) {
                        features.add("pre-2021");
                    }
                    if (r.meta().lastUpdate() == null && lock.status() == LockStatus.ACTIVE) {
                        features.add("lock-without-last-update");
                    }
                    if (r.meta().metaTags().has("ProfilePurchaseIds")) {
                        features.add("receipts");
                    }
                    if (!e.userIds().isEmpty()) {
                        features.add("key-userids");
                    }
                    if (s.listVersions(e.ref(), VersionQuery.all(), null, 10).items().size() > 2) {
                        features.add("history");
                    }
                }
            }
            assertThat(total).isEqualTo(600);
        }
        assertThat(kinds).containsExactlyInAnyOrder(Kind.PROFILE, Kind.PLACEHOLDER, Kind.CORRUPT);
        assertThat(psLocks).containsExactlyInAnyOrder(LockStatus.FREE, LockStatus.ACTIVE, LockStatus.STALE);
        assertThat(pstLocks).containsExactlyInAnyOrder(LockStatus.FREE, LockStatus.ACTIVE, LockStatus.STALE);
        assertThat(features).containsExactlyInAnyOrder("force-load", "active-updates", "locked-updates",
                "messages", "pre-2021", "lock-without-last-update", "receipts", "key-userids", "history");
    }

    @Test
    void theSameSeedAndClockGiveTheSameValues() {
        SandboxSeeder a = new SandboxSeeder(7, NOW);
        SandboxSeeder b = new SandboxSeeder(7, NOW);
        SandboxSeeder c = new SandboxSeeder(8, NOW);
        for (int i = 0; i < 50; i++) {
            SeedProfile pa = a.profile(i);
            SeedProfile pb = b.profile(i);
            assertThat(pa.ref()).isEqualTo(pb.ref());
            for (int k = 0; k < pa.times().length; k++) {
                assertThat(ProfileShapes.version(pa, k)).isEqualTo(ProfileShapes.version(pb, k));
            }
        }
        assertThat(c.profile(100).ref()).isNotEqualTo(a.profile(100).ref());
    }

    @Test
    void aCancelledSeedLeavesNoFileBehind() {
        Path file = dir.resolve("cancelled.db");
        AtomicInteger batches = new AtomicInteger();
        assertThatThrownBy(() -> SandboxFiles.create(file, 5_000, 7, NOW, (d, t) -> batches.incrementAndGet(),
                () -> batches.get() >= 2)).isInstanceOf(CancellationException.class);
        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling("cancelled.db.partial")).doesNotExist();
        assertThat(SandboxFiles.isSeeded(file)).isFalse();
    }

    @Test
    void aSeededFileIsRecognised() throws Exception {
        Path file = dir.resolve("small.db");
        SandboxFiles.create(file, 10, 1, NOW, (d, t) -> { }, () -> false);
        assertThat(Files.size(file)).isPositive();
        assertThat(SandboxFiles.isSeeded(file)).isTrue();
    }
}
