package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.mirror.Mirror;
import dev.profilelens.core.mirror.MirrorRequest;
import dev.profilelens.core.mirror.MirrorResult;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mirror into a SQLite store: exact copy of values, metadata and versions; resume; refusals; a full disk. */
class MirrorTest {
    @TempDir
    Path dir;
    private Path sourceFile;

    @BeforeEach
    void seed() {
        sourceFile = dir.resolve("source.db");
        SandboxFiles.create(sourceFile, 150, 7, Instant.parse("2026-11-01T00:00:00Z"), (d, t) -> { }, () -> false);
        try (SqliteProfileSource s = SqliteProfileSource.open(sourceFile)) {
            EntryRef gone = EntryRef.of("PlayerData", "Player_gone");
            EntryRef back = EntryRef.of("PlayerData", "Player_back");
            for (EntryRef r : List.of(gone, back)) {
                s.write(new WriteRequest(r, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), List.of(5L), "{\"x\":1}",
                        Precondition.none()));
                s.delete(r);
            }
            s.write(new WriteRequest(back, "{\"a\":2}".getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                    Precondition.none()));
        }
    }

    private static MirrorResult mirror(ProfileSource from, Path to, boolean versions, java.util.function.BooleanSupplier
            cancel) {
        try (SqliteMirrorTarget target = new SqliteMirrorTarget(to)) {
            return new Mirror(from, RequestPacer.unpaced(), Clock.systemUTC())
                    .run(new MirrorRequest(List.of(), "", versions), target, p -> { }, cancel);
        }
    }

    @Test
    void aMirrorWithVersionsIsAnExactReadOnlyCopy() {
        Path copy = dir.resolve("copy.db");
        List<ScanProgress> progress = new ArrayList<>();
        try (SqliteProfileSource from = new SqliteProfileSource(sourceFile, Clock.systemUTC(), Retention.KEEP_ALL,
                true); SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
            MirrorResult r = new Mirror(from, RequestPacer.unpaced(), Clock.systemUTC())
                    .run(new MirrorRequest(List.of(), "", true), target, progress::add, () -> false);
            assertThat(r.complete()).isTrue();
            assertThat(r.keys()).isEqualTo(keysIn(from));
        }
        assertThat(progress).last().satisfies(p -> assertThat(p.fraction()).isEqualTo(1.0));
        assertSameData(sourceFile, copy, true);
        try (ProfileSource opened = TestProviders.installed().openSource("sqlite:" + copy, Map.of())) {
            assertThat(opened.capabilities().readOnly()).isTrue();
            assertThat(opened.describe()).contains("mirror of SQLite store " + sourceFile);
            assertThatThrownBy(() -> opened.delete(EntryRef.of("PlayerData", "Player_back")))
                    .isInstanceOf(RefusedException.class);
        }
    }

    @Test
    void aCancelledMirrorResumesWithoutCopyingAnythingTwice() {
        Path copy = dir.resolve("copy.db");
        AtomicInteger asked = new AtomicInteger();
        try (SqliteProfileSource from = SqliteProfileSource.open(sourceFile)) {
            long total = keysIn(from);
            MirrorResult first = mirror(from, copy, true, () -> asked.incrementAndGet() > 120);
            assertThat(first.complete()).isFalse();
            assertThat(first.keys()).isBetween(1L, total - 1);
            MirrorResult second = mirror(from, copy, true, () -> false);
            assertThat(second.resumed()).isTrue();
            assertThat(second.complete()).isTrue();
            assertThat(first.keys() + second.keys()).isEqualTo(total);
        }
        assertSameData(sourceFile, copy, true);
    }

    @Test
    void aFullDiskStopsCleanlyAndTheSameMirrorResumes() {
        Path copy = dir.resolve("copy.db");
        try (SqliteProfileSource from = SqliteProfileSource.open(sourceFile)) {
            try (SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
                target.limitPages(60);
                assertThatThrownBy(() -> new Mirror(from, RequestPacer.unpaced(), Clock.systemUTC())
                        .run(new MirrorRequest(List.of(), "", true), target, p -> { }, () -> false))
                        .isInstanceOf(UnavailableException.class).hasMessageContaining("disk is full")
                        .hasMessageContaining("resume");
            }
            MirrorResult again = mirror(from, copy, true, () -> false);
            assertThat(again.resumed()).isTrue();
            assertThat(again.complete()).isTrue();
        }
        assertSameData(sourceFile, copy, true);
    }

    @Test
    void targetsThatAreNotAnEmptyOrMatchingMirrorAreRefused() throws Exception {
        Path foreign = dir.resolve("foreign.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + foreign); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        try (SqliteProfileSource from = SqliteProfileSource.open(sourceFile)) {
            assertThatThrownBy(() -> mirror(from, foreign, false, () -> false))
                    .isInstanceOf(InspectorException.class).hasMessageContaining(foreign.toString())
                    .hasMessageContaining("not a ProfileLens store");
            assertThatThrownBy(() -> mirror(from, sourceFile, false, () -> false))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a mirror");
            Path copy = dir.resolve("copy.db");
            mirror(from, copy, false, () -> false);
            try (SqliteProfileSource other = SqliteProfileSource.open(dir.resolve("other.db"))) {
                other.write(new WriteRequest(EntryRef.of("S", "k"), "1".getBytes(StandardCharsets.UTF_8), List.of(),
                        "{}", Precondition.none()));
                assertThatThrownBy(() -> mirror(other, copy, false, () -> false))
                        .isInstanceOf(InvalidInputException.class).hasMessageContaining("is a mirror of");
            }
        }
        assertThat(Files.size(foreign)).isPositive();
    }

    /** Every key: current entry, version list and each version's content are the same in both stores. */
    static void assertSameData(Path a, Path b, boolean versions) {
        try (SqliteProfileSource x = new SqliteProfileSource(a, Clock.systemUTC(), Retention.KEEP_ALL, true);
             SqliteProfileSource y = new SqliteProfileSource(b, Clock.systemUTC(), Retention.KEEP_ALL, true)) {
            assertThat(names(y)).isEqualTo(names(x));
            for (String store : names(x)) {
                List<EntryRef> keys = keys(x, store);
                assertThat(keys(y, store)).isEqualTo(keys);
                for (EntryRef ref : keys) {
                    assertThat(y.read(ref)).as(ref.toString()).isEqualTo(x.read(ref));
                    if (versions) {
                        List<VersionInfo> vx = x.listVersions(ref, VersionQuery.all(), null, 1000).items();
                        assertThat(y.listVersions(ref, VersionQuery.all(), null, 1000).items()).as(ref.toString())
                                .isEqualTo(vx);
                        for (VersionInfo v : vx) {
                            assertThat(y.readVersion(ref, v.version())).isEqualTo(x.readVersion(ref, v.version()));
                        }
                    }
                }
            }
        }
    }

    private static List<String> names(ProfileSource s) {
        return s.listDataStores("", null, 1000).items().stream().map(DataStoreInfo::name).toList();
    }

    private static List<EntryRef> keys(ProfileSource s, String store) {
        List<EntryRef> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> p = s.listKeys(store, null, "", cursor, 100);
            out.addAll(p.items());
            cursor = p.nextCursor();
        } while (cursor != null);
        return out;
    }

    /** Live keys in every store and scope of {@code s} (the sandbox seeder decides how many; 150 profiles + one). */
    static long keysIn(ProfileSource s) {
        long n = 0;
        for (var store : s.listDataStores("", null, 1000).items()) {
            String cursor = null;
            do {
                var page = s.listKeys(store.name(), null, "", cursor, 1000);
                n += page.items().size();
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return n;
    }
}
