package dev.profilelens.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.audit.index.IndexFilters;
import dev.profilelens.core.audit.index.IndexScanner;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.audit.index.ScanState;
import dev.profilelens.core.audit.index.SourceScanFeed;
import dev.profilelens.core.audit.index.ScanBusyException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.audit.IndexFixture;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index in the team database is shared: one scan at a time, seen by all, refreshed incrementally. */
class SharedIndexTest {
    private static final String DV = "/MetaData/MetaTags/DataVersion";
    private static String schema;

    @BeforeAll
    static void schema() {
        schema = TestServer.freshSchema();
    }

    private static void scan(PgAuditIndex index, InMemoryProfileSource source, ScanSpec spec) {
        new IndexScanner(Clock.systemUTC(), 50).scan(spec, new SourceScanFeed(source, spec, RequestPacer.unpaced()),
                index, p -> { }, () -> false);
    }

    @Test
    void aSecondPersonStartingTheSameScanIsToldWhoRunsItAndSeesItsProgress() {
        ScanSpec spec = ScanSpec.metaTags("PlayerData", null, "");
        try (TeamDatabase ana = TeamDatabase.connect(TestServer.as("pl_editor", schema));
             TeamDatabase ben = TeamDatabase.connect(TestServer.as("pl_editor2", schema));
             PgAuditIndex mine = PgAuditIndex.open(ana, "shared-scan");
             PgAuditIndex theirs = PgAuditIndex.open(ben, "shared-scan")) {
            mine.begin(spec, 1000);
            mine.put(List.of(), "cursor-1", 250);
            assertThatThrownBy(() -> theirs.begin(spec, 1000)).isInstanceOf(ScanBusyException.class)
                    .hasMessageContaining("pl_editor is already running this scan (250 of 1000 keys)")
                    .extracting(e -> ((ScanBusyException) e).scanner()).isEqualTo("pl_editor");
            assertThatThrownBy(() -> theirs.put(List.of(), "x", 1)).isInstanceOf(RefusedException.class);
            ScanState seen = theirs.state().orElseThrow();
            assertThat(seen.done()).isEqualTo(250);
            assertThat(seen.cursor()).isEqualTo("cursor-1");
            mine.finish(1000);
            theirs.begin(spec, 1000);
            assertThat(theirs.startedBy()).contains("pl_editor2");
        }
    }

    @Test
    void aViewerReadsTheIndexButCannotScan() {
        ScanSpec spec = ScanSpec.metaTags("PlayerData", null, "");
        try (TeamDatabase viewer = TeamDatabase.connect(TestServer.as("pl_viewer", schema));
             PgAuditIndex index = PgAuditIndex.open(viewer, "viewer-scan")) {
            assertThat(index.count(List.of())).isZero();
            assertThatThrownBy(() -> index.begin(spec, 10)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("no right");
        }
    }

    @Test
    void scanningAgainRewritesOnlyKeysWhoseVersionChangedAndDropsKeysThatAreGone() throws Exception {
        InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
        IndexFixture.seed(source, "PlayerData", 200, 7);
        ScanSpec spec = ScanSpec.metaTags("PlayerData", "global", "Player_");
        try (TeamDatabase db = TeamDatabase.connect(TestServer.as("pl_editor", schema));
             PgAuditIndex index = PgAuditIndex.open(db, "refresh")) {
            scan(index, source, spec);
            long total = index.count(List.of());
            Map<String, Long> before = valueRowVersions();
            source.write(new WriteRequest(EntryRef.of("PlayerData", "Player_00001"), ("{\"MetaData\":{\"MetaTags\":"
                    + "{\"DataVersion\":99}}}").getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                    Precondition.none()));
            source.delete(EntryRef.of("PlayerData", "Player_00002"));
            scan(index, source, spec);

            assertThat(index.count(List.of())).isEqualTo(total - 1);
            assertThat(index.count(IndexFilters.parse(List.of(DV + "=99")))).isEqualTo(1);
            Map<String, Long> after = valueRowVersions();
            assertThat(after).doesNotContainKey("Player_00002");
            assertThat(after.get("Player_00001")).isNotEqualTo(before.get("Player_00001"));
            long rewritten = after.entrySet().stream()
                    .filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
            assertThat(rewritten).as("only the changed key's values were rewritten").isEqualTo(1);
        }
    }

    /** The transaction that wrote each key's DataVersion value row (xmin): unchanged when the row was left alone. */
    private static Map<String, Long> valueRowVersions() throws Exception {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(TestServer.url(), "pl_viewer", TestServer.password());
             PreparedStatement p = c.prepareStatement("SELECT pr.key, v.xmin::text::bigint FROM " + schema
                     + ".index_value v JOIN " + schema + ".index_profile pr ON pr.id = v.profile_id JOIN " + schema
                     + ".index_path pa ON pa.id = v.path_id JOIN " + schema + ".index_scan s ON s.id = pr.scan_id "
                     + "WHERE s.name = 'refresh' AND pa.path = ?")) {
            p.setString(1, DV);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
