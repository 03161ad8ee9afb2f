package dev.profilelens.connectors.sqlite.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.audit.index.IndexFilters;
import dev.profilelens.core.audit.index.MetaTagScan;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.audit.index.ScanResult;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.audit.index.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one scan use case the window and the CLI share, over the real SQLite provider. */
class MetaTagScanTest {
    private static final String DV = "/MetaData/MetaTags/DataVersion";
    @TempDir
    static Path tmp;
    private static SqliteProfileSource store;
    private final MetaTagScan scans = new MetaTagScan(new SqliteAuditIndexProvider(), Clock.systemUTC(),
            Sleeper.real());

    @BeforeAll
    static void seed() {
        store = SqliteProfileSource.open(tmp.resolve("store.db"));
        AuditFixture.seed(store, "PlayerData", 1500, 7);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aCancelledScanResumesAndTheFinishedIndexCountsWhatTheSourceHolds() {
        ScanSpec spec = ScanSpec.metaTags("PlayerData", null, "Player_");
        Path file = scans.defaultFile(tmp, store, spec);
        AtomicInteger pages = new AtomicInteger();
        try (AuditIndex index = scans.open(file)) {
            ScanResult first = scans.run(store, spec, index, 0, p -> pages.incrementAndGet(),
                    () -> pages.get() >= 2);
            assertThat(first.finished()).isFalse();
            assertThat(MetaTagScan.holdsFinished(index, spec)).isFalse();
        }
        List<ScanProgress> seen = new ArrayList<>();
        try (AuditIndex index = scans.open(file)) {
            ScanResult rest = scans.run(store, spec, index, 60_000, seen::add, () -> false);
            assertThat(rest.finished()).isTrue();
            assertThat(rest.resumed()).isTrue();
            assertThat(rest.done()).isEqualTo(1500);
            assertThat(MetaTagScan.holdsFinished(index, spec)).isTrue();
            assertThat(MetaTagScan.holdsFinished(index, ScanSpec.metaTags("PlayerData", null, "Other"))).isFalse();
            assertThat(index.count(IndexFilters.parse(List.of(DV + "=3"))))
                    .isEqualTo(AuditFixture.directCount(store, "PlayerData", "Player_", DV, "3"));
        }
        assertThat(seen).as("a long interval reports the first page and the end only").hasSize(2);
        assertThat(seen.get(seen.size() - 1).done()).isEqualTo(seen.get(seen.size() - 1).total());
    }
}
