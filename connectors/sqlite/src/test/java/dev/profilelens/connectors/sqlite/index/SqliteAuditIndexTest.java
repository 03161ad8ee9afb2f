package dev.profilelens.connectors.sqlite.index;

import static dev.profilelens.testsupport.audit.IndexFixture.directCount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.index.GroupCount;
import dev.profilelens.core.audit.index.IndexFilters;
import dev.profilelens.core.audit.index.IndexRow;
import dev.profilelens.core.audit.index.IndexScanner;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanFeed;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.audit.index.ScanResult;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.audit.index.SourceScanFeed;
import dev.profilelens.core.audit.index.ValueType;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuditIndexTest {
    private static final String DV = "/MetaData/MetaTags/DataVersion";
    @TempDir
    static Path tmp;
    private static SqliteProfileSource store;

    @BeforeAll
    static void seed() {
        store = SqliteProfileSource.open(tmp.resolve("store.db"));
        dev.profilelens.testsupport.audit.IndexFixture.seed(store, "PlayerData", 1200, 42);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static SqliteAuditIndex scanned(String name, ScanSpec spec, boolean direct) {
        SqliteAuditIndex index = SqliteAuditIndex.open(tmp.resolve(name));
        ScanFeed feed = direct ? new SqliteStoreFeed(store.file(), spec)
                : new SourceScanFeed(store, spec, RequestPacer.unpaced());
        ScanResult r = new IndexScanner(Clock.systemUTC(), 128).scan(spec, feed, index, p -> { }, () -> false);
        ScanFeeds.close(feed);
        assertThat(r.finished()).isTrue();
        return index;
    }

    @Test
    void countsFromTheIndexEqualADirectCountOverTheSource() {
        ScanSpec spec = ScanSpec.metaTags("PlayerData", null, "Player_");
        for (boolean direct : new boolean[] {true, false}) {
            try (SqliteAuditIndex index = scanned("counts-" + direct + ".db", spec, direct)) {
                assertThat(index.count(List.of())).isEqualTo(1200);
                for (String v : List.of("1", "2", "3")) {
                    assertThat(index.count(IndexFilters.parse(List.of(DV + "=" + v)))).as("DataVersion " + v)
                            .isEqualTo(directCount(store, "PlayerData", "Player_", DV, v)).isPositive();
                }
                assertThat(index.count(IndexFilters.parse(List.of(DV + "=\"2\"")))).isPositive()
                        .isEqualTo(directCount(store, "PlayerData", "Player_", DV, "\"2\""));
                assertThat(index.count(IndexFilters.parse(List.of("!" + DV))))
                        .isEqualTo(directCount(store, "PlayerData", "Player_", DV, null));
                List<GroupCount> groups = index.groupBy(DV, List.of());
                assertThat(groups).extracting(GroupCount::value).containsExactly("1", "2", "3", "2", null);
                assertThat(groups.get(0).count()).isEqualTo(directCount(store, "PlayerData", "Player_", DV, "1"));
                assertThat(groups.stream().mapToLong(GroupCount::count).sum()).isEqualTo(1200);
                assertThat(groups.get(3).type()).isEqualTo(ValueType.STRING);
                assertThat(index.paths()).containsExactly("/MetaData/MetaTags/DataVersion",
                        "/MetaData/MetaTags/Migrated", "/MetaData/MetaTags/Note", "/MetaData/MetaTags/Purchases",
                        "/MetaData/MetaTags/Region");
            }
        }
    }

    @Test
    void arrayContainsAndShortPathsCountWhatTheValueFilterFinds() {
        List<com.fasterxml.jackson.databind.JsonNode> values = new java.util.ArrayList<>();
        // every scope, as the scan (ScanSpec scope null) indexes them
        for (var ref : store.listKeys("PlayerData", null, "Player_", null, 100_000).items()) {
            store.read(ref).ifPresent(e -> {
                try {
                    values.add(dev.profilelens.core.codec.RobloxJson.parse(e.value()));
                } catch (dev.profilelens.core.error.InvalidInputException corrupt) {
                    // indexed as corrupt, with no values: no filter matches it either
                }
            });
        }
        String element = values.stream().map(v -> v.at("/MetaData/MetaTags/Purchases/0"))
                .filter(n -> !n.isMissingNode()).findFirst().orElseThrow().asText();
        try (SqliteAuditIndex index = scanned("contains.db", ScanSpec.metaTags("PlayerData", null, "Player_"),
                true)) {
            for (String expr : List.of("Purchases[]=" + element, "DataVersion=2", "Purchases[]=nothing-like-it")) {
                var filter = dev.profilelens.core.bulk.ValueFilter.parse(List.of(expr));
                long direct = values.stream().filter(filter::matches).count();
                assertThat(index.count(IndexFilters.parse(List.of(expr)))).as(expr).isEqualTo(direct);
            }
            assertThat(index.count(IndexFilters.parse(List.of("Purchases[]=" + element)))).isPositive();
        }
    }

    @Test
    void filtersCombineRangesMissingAndEquals() {
        ScanSpec spec = ScanSpec.metaTags("PlayerData", "global", "");
        try (SqliteAuditIndex index = scanned("filters.db", spec, true)) {
            long total = index.count(List.of());
            assertThat(total).isEqualTo(1081);
            long oneOrTwo = index.count(IndexFilters.parse(List.of(DV + "=1..2")));
            assertThat(oneOrTwo).isEqualTo(index.count(IndexFilters.parse(List.of(DV + "=1")))
                    + index.count(IndexFilters.parse(List.of(DV + "=2"))));
            assertThat(index.count(IndexFilters.parse(List.of(DV + "=..1"))))
                    .isEqualTo(index.count(IndexFilters.parse(List.of(DV + "=1"))));
            long regionEuNotMigrated = index.count(IndexFilters.parse(List.of("/MetaData/MetaTags/Region=EU",
                    "!/MetaData/MetaTags/Migrated")));
            assertThat(regionEuNotMigrated).isEqualTo(oneOrTwo);
            assertThat(index.count(IndexFilters.parse(List.of("/MetaData/MetaTags/Migrated=true"))))
                    .isEqualTo(index.count(IndexFilters.parse(List.of(DV + "=3"))));
            assertThat(index.count(IndexFilters.parse(List.of("/MetaData/MetaTags/Nope=1")))).isZero();
            assertThat(index.count(IndexFilters.parse(List.of("!/MetaData/MetaTags/Nope")))).isEqualTo(total);
            List<GroupCount> migrated = index.groupBy(DV, IndexFilters.parse(List.of(
                    "/MetaData/MetaTags/Migrated=true")));
            assertThat(migrated).hasSize(1).first().extracting(GroupCount::value).isEqualTo("3");
        }
    }

    @Test
    void rowsArePagedInKeyOrderAndCsvExportsEveryMatch() {
        ScanSpec spec = ScanSpec.metaTags("PlayerData", null, "Player_");
        try (SqliteAuditIndex index = scanned("rows.db", spec, true)) {
            var filters = IndexFilters.parse(List.of(DV + "=3"));
            List<String> columns = List.of(DV, "/MetaData/MetaTags/Note");
            List<IndexRow> first = index.rows(filters, columns, 0, 10);
            List<IndexRow> second = index.rows(filters, columns, 10, 10);
            assertThat(first).hasSize(10);
            assertThat(first.get(0).ref().store()).isEqualTo("PlayerData");
            assertThat(first.get(0).values()).containsExactly("3", "a, \"quoted\" note");
            List<String> keys = new ArrayList<>();
            first.forEach(r -> keys.add(r.ref().scope() + "/" + r.ref().key()));
            second.forEach(r -> keys.add(r.ref().scope() + "/" + r.ref().key()));
            assertThat(keys).isSorted().doesNotHaveDuplicates();
            StringWriter csv = new StringWriter();
            long n = index.exportCsv(filters, columns, csv);
            assertThat(n).isEqualTo(index.count(filters));
            List<String> lines = csv.toString().lines().toList();
            assertThat(lines).hasSize((int) n + 1);
            assertThat(lines.get(0)).isEqualTo("scope,key,version,kind,/MetaData/MetaTags/DataVersion,"
                    + "/MetaData/MetaTags/Note");
            assertThat(lines.get(1)).startsWith(first.get(0).ref().scope() + "," + first.get(0).ref().key() + ",")
                    .endsWith(",profile,3,\"a, \"\"quoted\"\" note\"");
        }
    }

    @Test
    void aCancelledScanResumesFromItsCursorAfterReopening() {
        ScanSpec spec = ScanSpec.metaTags("PlayerData", null, "Player_");
        Path file = tmp.resolve("resume.db");
        AtomicInteger pages = new AtomicInteger();
        List<ScanProgress> progress = new ArrayList<>();
        try (SqliteAuditIndex index = SqliteAuditIndex.open(file);
             SqliteStoreFeed feed = new SqliteStoreFeed(store.file(), spec)) {
            ScanResult r = new IndexScanner(Clock.systemUTC(), 100).scan(spec, feed, index, progress::add,
                    () -> pages.incrementAndGet() > 3);
            assertThat(r.finished()).isFalse();
            assertThat(r.done()).isEqualTo(300);
            assertThat(index.state().orElseThrow().cursor()).isNotNull();
            // the part scanned so far can be queried (the query indexes are built for it on demand)
            assertThat(index.count(IndexFilters.parse(List.of(DV + "=1")))).isBetween(1L, 300L);
            // and the resumed scan keeps them right while it inserts the rest (checked below)
        }
        assertThat(progress.get(progress.size() - 1).done()).isEqualTo(300);
        assertThat(progress.get(progress.size() - 1).total()).isEqualTo(1200);
        try (SqliteAuditIndex index = SqliteAuditIndex.open(file);
             SqliteStoreFeed feed = new SqliteStoreFeed(store.file(), spec)) {
            ScanResult r = new IndexScanner(Clock.systemUTC(), 100).scan(spec, feed, index, p -> { }, () -> false);
            assertThat(r.finished()).isTrue();
            assertThat(r.resumed()).isTrue();
            assertThat(index.count(List.of())).isEqualTo(1200);
            assertThat(index.count(IndexFilters.parse(List.of(DV + "=1"))))
                    .isEqualTo(directCount(store, "PlayerData", "Player_", DV, "1"));
            assertThat(index.state().orElseThrow().finished()).isTrue();
        }
    }

    @Test
    void aNewSpecStartsOver() {
        Path file = tmp.resolve("respec.db");
        ScanSpec all = ScanSpec.metaTags("PlayerData", null, "Player_");
        ScanSpec one = new ScanSpec("PlayerData", null, "Player_000", List.of(DV));
        try (SqliteAuditIndex index = SqliteAuditIndex.open(file)) {
            new IndexScanner(Clock.systemUTC(), 50).scan(all, new SqliteStoreFeed(store.file(), all), index,
                    p -> { }, () -> false);
            ScanResult r = new IndexScanner(Clock.systemUTC(), 50).scan(one, new SqliteStoreFeed(store.file(), one),
                    index, p -> { }, () -> false);
            assertThat(r.resumed()).isFalse();
            assertThat(index.count(List.of())).isEqualTo(100);
            assertThat(index.paths()).containsExactly(DV);
        }
    }

    @Test
    void aFileThatIsNotAnIndexIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteAuditIndex.open(store.file()))
                .isInstanceOf(dev.profilelens.core.error.InvalidInputException.class)
                .hasMessageContaining("not a ProfileLens audit index");
    }
}
