package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.mirror.Mirror;
import dev.profilelens.core.mirror.MirrorRequest;
import dev.profilelens.core.mirror.MirrorResult;
import dev.profilelens.core.mirror.OrderedMirror;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.Page;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk while a mirror copies ordered data stores (the pattern of {@link MirrorTest}'s standard-store case,
 * with SQLite's page limit standing in for the disk): the error names what and where, the copy keeps only correct
 * entries, and the same mirror run again finishes it.
 */
class OrderedMirrorFullDiskTest {
    private static final OrderedStoreRef KILLS = OrderedStoreRef.of("Kills");
    @TempDir
    Path dir;

    @Test
    void aFullDiskSaysWhatAndWhereKeepsOnlyCorrectEntriesAndTheSameMirrorFinishes() throws Exception {
        Path source = dir.resolve("source.db");
        SandboxFiles.create(source, 60, 7, Instant.parse("2026-11-01T00:00:00Z"), (d, t) -> { }, () -> false);
        try (SqliteOrderedSource o = new SqliteOrderedSource(source, false)) {
            List<SqliteOrderedSource.Row> rows = new ArrayList<>();
            for (int i = 0; i < 8_000; i++) {
                rows.add(new SqliteOrderedSource.Row(KILLS, "player_" + i, (i * 7919L) % 100_000));
            }
            o.load(rows);
        }
        Path copy = dir.resolve("copy.db");
        MirrorRequest request = new MirrorRequest(List.of(), "", false);
        try (SqliteProfileSource from = SqliteProfileSource.open(source);
             SqliteOrderedSource orderedFrom = new SqliteOrderedSource(source, true)) {
            OrderedMirror ordered = new OrderedMirror(orderedFrom);
            List<OrderedStoreRef> stores = ordered.stores(List.of(), List.of(), List.of());
            assertThat(stores).contains(KILLS, OrderedStoreRef.of("Leaderboard"));
            try (SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
                assertThat(mirror(from, target, request).complete()).isTrue();
                target.limitPages(pageCount(copy) + 12);
                assertThatThrownBy(() -> ordered.copy(stores, target, () -> false))
                        .isInstanceOf(UnavailableException.class)
                        .hasMessageContaining("disk is full").hasMessageContaining(copy.toString())
                        .hasMessageContaining("while mirroring the ordered data store Kills (scope global")
                        .hasMessageContaining("run the same mirror again");
            }
            Map<String, Long> partial = entries(copy, KILLS);
            Map<String, Long> all = entries(source, KILLS);
            assertThat(partial.size()).as("some pages were kept, the failing one was not written")
                    .isGreaterThan(0).isLessThan(all.size()).isEqualTo(partial.size() / 100 * 100);
            assertThat(all).containsAllEntriesOf(partial);
            for (OrderedStoreRef s : stores) {
                assertThat(entries(source, s)).as(s.toString()).containsAllEntriesOf(entries(copy, s));
            }

            try (SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
                MirrorResult again = mirror(from, target, request);
                assertThat(again.complete()).isTrue();
                assertThat(ordered.copy(stores, target, () -> false)).isEqualTo(count(source, stores));
            }
            for (OrderedStoreRef s : stores) {
                assertThat(entries(copy, s)).as(s.toString()).isEqualTo(entries(source, s));
            }
        }
        MirrorTest.assertSameData(source, copy, false);
    }

    private static MirrorResult mirror(SqliteProfileSource from, SqliteMirrorTarget target, MirrorRequest request) {
        return new Mirror(from, RequestPacer.unpaced(), Clock.systemUTC()).run(request, target, p -> { },
                () -> false);
    }

    private static long pageCount(Path file) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Path file, List<OrderedStoreRef> stores) {
        return stores.stream().mapToLong(s -> entries(file, s).size()).sum();
    }

    private static Map<String, Long> entries(Path file, OrderedStoreRef store) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (SqliteOrderedSource o = new SqliteOrderedSource(file, true)) {
            String cursor = null;
            do {
                Page<OrderedEntry> p = o.list(store, OrderedQuery.ascending(), cursor, 1000);
                p.items().forEach(e -> out.put(e.key(), e.value()));
                cursor = p.nextCursor();
            } while (cursor != null);
        }
        return out;
    }
}
