package dev.profilelens.testsupport.audit;

import static dev.profilelens.testsupport.audit.IndexFixture.directCount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.audit.index.GroupCount;
import dev.profilelens.core.audit.index.IndexFilters;
import dev.profilelens.core.audit.index.IndexRow;
import dev.profilelens.core.audit.index.IndexScanner;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.audit.index.ScanResult;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.audit.index.SourceScanFeed;
import dev.profilelens.core.audit.index.ValueType;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.ProfileSource;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditIndex} must do, checked against a direct count over the source. A connector's test returns
 * a new empty index from {@link #newIndex(String)} and the same index again from {@link #reopen(String)}.
 */
public abstract class AuditIndexContract {
    protected static final String DV = "/MetaData/MetaTags/DataVersion";
    private static ProfileSource store;

    /** A new, empty index called {@code name}. */
    protected abstract AuditIndex newIndex(String name) throws Exception;

    /** The index {@code name} opened again (another process, a restart). */
    protected abstract AuditIndex reopen(String name) throws Exception;

    @BeforeAll
    static void seed() {
        store = new InMemoryProfileSource(Clock.systemUTC());
        IndexFixture.seed(store, "PlayerData", 600, 42);
    }

    protected static ProfileSource store() {
        return store;
    }

    protected static ScanResult scan(AuditIndex index, ScanSpec spec) {
        return new IndexScanner(Clock.systemUTC(), 64).scan(spec, new SourceScanFeed(store, spec,
                RequestPacer.unpaced()), index, p -> { }, () -> false);
    }

    @Test
    void countsAndGroupsEqualADirectCountOverTheSource() throws Exception {
        ScanSpec spec = ScanSpec.metaTags("PlayerData", null, "Player_");
        try (AuditIndex index = newIndex("counts")) {
            assertThat(scan(index, spec).finished()).isTrue();
            assertThat(index.count(List.of())).isEqualTo(600);
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
            assertThat(groups.get(3).type()).isEqualTo(ValueType.STRING);
            assertThat(groups.stream().mapToLong(GroupCount::count).sum()).isEqualTo(600);
            assertThat(index.paths()).containsExactly("/MetaData/MetaTags/DataVersion",
                    "/MetaData/MetaTags/Migrated", "/MetaData/MetaTags/Note", "/MetaData/MetaTags/Purchases",
                    "/MetaData/MetaTags/Region");
        }
    }

    @Test
    void filtersCombineRangesMissingAndEquals() throws Exception {
        try (AuditIndex index = newIndex("filters")) {
            scan(index, ScanSpec.metaTags("PlayerData", "global", ""));
            long total = index.count(List.of());
            long oneOrTwo = index.count(IndexFilters.parse(List.of(DV + "=1..2")));
            assertThat(oneOrTwo).isPositive().isEqualTo(index.count(IndexFilters.parse(List.of(DV + "=1")))
                    + index.count(IndexFilters.parse(List.of(DV + "=2"))));
            assertThat(index.count(IndexFilters.parse(List.of(DV + "=..1"))))
                    .isEqualTo(index.count(IndexFilters.parse(List.of(DV + "=1"))));
            assertThat(index.count(IndexFilters.parse(List.of("/MetaData/MetaTags/Region=EU",
                    "!/MetaData/MetaTags/Migrated")))).isEqualTo(oneOrTwo);
            assertThat(index.count(IndexFilters.parse(List.of("/MetaData/MetaTags/Nope=1")))).isZero();
            assertThat(index.count(IndexFilters.parse(List.of("!/MetaData/MetaTags/Nope")))).isEqualTo(total);
            assertThat(index.groupBy(DV, IndexFilters.parse(List.of("/MetaData/MetaTags/Migrated=true"))))
                    .singleElement().extracting(GroupCount::value).isEqualTo("3");
        }
    }

    @Test
    void rowsArePagedInKeyOrderAndCsvExportsEveryMatch() throws Exception {
        try (AuditIndex index = newIndex("rows")) {
            scan(index, ScanSpec.metaTags("PlayerData", null, "Player_"));
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
            assertThat(lines.get(0)).isEqualTo("scope,key,version,kind," + DV + ",/MetaData/MetaTags/Note");
            assertThat(lines.get(1)).startsWith(first.get(0).ref().scope() + "," + first.get(0).ref().key() + ",")
                    .endsWith(",profile,3,\"a, \"\"quoted\"\" note\"");
        }
    }

    @Test
    void aCancelledScanResumesFromItsCursorAfterReopening() throws Exception {
        ScanSpec spec = ScanSpec.metaTags("PlayerData", null, "Player_");
        AtomicInteger pages = new AtomicInteger();
        List<ScanProgress> progress = new ArrayList<>();
        try (AuditIndex index = newIndex("resume")) {
            ScanResult r = new IndexScanner(Clock.systemUTC(), 100).scan(spec, new SourceScanFeed(store, spec,
                    RequestPacer.unpaced()), index, progress::add, () -> pages.incrementAndGet() > 3);
            assertThat(r.finished()).isFalse();
            assertThat(r.done()).isEqualTo(300);
            assertThat(index.state().orElseThrow().cursor()).isNotNull();
            assertThat(index.count(IndexFilters.parse(List.of(DV + "=1")))).isBetween(1L, 300L);
        }
        try (AuditIndex index = reopen("resume")) {
            ScanResult r = scan(index, spec);
            assertThat(r.finished()).isTrue();
            assertThat(r.resumed()).isTrue();
            assertThat(index.count(List.of())).isEqualTo(600);
            assertThat(index.count(IndexFilters.parse(List.of(DV + "=1"))))
                    .isEqualTo(directCount(store, "PlayerData", "Player_", DV, "1"));
            assertThat(index.state().orElseThrow().finished()).isTrue();
        }
    }

    @Test
    void aNewSpecStartsOver() throws Exception {
        try (AuditIndex index = newIndex("respec")) {
            scan(index, ScanSpec.metaTags("PlayerData", null, "Player_"));
            ScanResult r = scan(index, new ScanSpec("PlayerData", null, "Player_000", List.of(DV)));
            assertThat(r.resumed()).isFalse();
            assertThat(index.count(List.of())).isEqualTo(100);
            assertThat(index.paths()).containsExactly(DV);
        }
    }
}
