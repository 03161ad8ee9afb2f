package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.mirror.Mirror;
import dev.profilelens.core.mirror.MirrorRequest;
import dev.profilelens.core.mirror.MirrorResult;
import dev.profilelens.core.mirror.MirrorResume;
import dev.profilelens.core.mirror.MirrorTarget;
import dev.profilelens.core.mirror.MirroredEntry;
import dev.profilelens.core.mirror.OrderedMirror;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.Page;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk while a mirror copies ordered data stores (SQLite's page limit standing in for the disk, set when the
 * first page of the big ordered store arrives): the error names what and where, the copy keeps only correct
 * entries, and the same mirror run again continues where it stopped: it lists no standard store and no finished
 * ordered store again, and only the rest of the store it stopped in (ADR 0235).
 */
class OrderedMirrorFullDiskTest {
    /** Sorts after the sandbox's own ordered stores, so those are finished when the disk fills. */
    private static final OrderedStoreRef WINS = OrderedStoreRef.of("zz_Wins");
    private static final int ENTRIES = 8_000;
    @TempDir
    Path dir;

    @Test
    void aFullDiskSaysWhatAndWhereAndTheSameMirrorContinuesWithoutListingFinishedPartsAgain() {
        Path source = seed();
        Path copy = dir.resolve("copy.db");
        try (SqliteProfileSource from = SqliteProfileSource.open(source);
             SqliteOrderedSource orderedFrom = new SqliteOrderedSource(source, true)) {
            List<OrderedStoreRef> stores = new OrderedMirror(orderedFrom).stores(List.of(), List.of(), List.of());
            assertThat(stores).contains(OrderedStoreRef.of("Leaderboard")).last().isEqualTo(WINS);
            List<OrderedStoreRef> finishedFirst = stores.subList(0, stores.size() - 1);
            MirrorRequest request = new MirrorRequest(List.of(), "", false, stores);

            try (SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
                MirrorTarget fillsUp = new FullAtWins(target, copy);
                assertThatThrownBy(() -> new Counting(from, orderedFrom).mirror(request, fillsUp))
                        .isInstanceOf(UnavailableException.class)
                        .hasMessageContaining("disk is full").hasMessageContaining(copy.toString())
                        .hasMessageContaining("while mirroring the ordered data store zz_Wins (scope global")
                        .hasMessageContaining("run the same mirror again");
            }
            MirrorTest.assertSameData(source, copy, false);
            for (OrderedStoreRef s : finishedFirst) {
                assertThat(entries(copy, s)).as(s.toString()).isEqualTo(entries(source, s));
            }
            Map<String, Long> partial = entries(copy, WINS);
            assertThat(partial.size()).as("some pages were kept, the failing one was not written")
                    .isGreaterThan(0).isLessThan(ENTRIES).isEqualTo(partial.size() / 100 * 100);
            assertThat(entries(source, WINS)).containsAllEntriesOf(partial);

            Counting again = new Counting(from, orderedFrom);
            MirrorResult r;
            try (SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
                r = again.mirror(request, target);
            }
            assertThat(r.complete()).isTrue();
            assertThat(r.resumed()).isTrue();
            assertThat(r.keys()).isZero();
            assertThat(r.orderedEntries()).isEqualTo(ENTRIES - partial.size());
            assertThat(again.keyLists.get()).as("standard stores listed again").isZero();
            for (OrderedStoreRef s : finishedFirst) {
                assertThat(again.orderedLists.getOrDefault(s, 0)).as("finished " + s + " listed again").isZero();
            }
            int pagesLeft = (ENTRIES - partial.size()) / 100;
            assertThat(again.orderedLists.get(WINS)).as("pages of zz_Wins listed again (of " + ENTRIES / 100 + ")")
                    .isBetween(pagesLeft, pagesLeft + 1);
            for (OrderedStoreRef s : stores) {
                assertThat(entries(copy, s)).as(s.toString()).isEqualTo(entries(source, s));
            }
            assertThat(positionsLeft(copy)).as("a finished mirror keeps no positions").isZero();

            Counting fresh = new Counting(from, orderedFrom);
            try (SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
                r = fresh.mirror(request, target);
            }
            assertThat(r.resumed()).as("a finished mirror run again starts over").isFalse();
            assertThat(fresh.keyLists.get()).isPositive();
            assertThat(fresh.orderedLists.get(WINS)).isGreaterThanOrEqualTo(ENTRIES / 100);
        }
        MirrorTest.assertSameData(source, copy, false);
    }

    @Test
    void aCancelInTheOrderedPartLeavesTheMirrorUnfinishedAndTheRerunListsOnlyWhatIsLeft() {
        Path source = seed();
        Path copy = dir.resolve("copy.db");
        try (SqliteProfileSource from = SqliteProfileSource.open(source);
             SqliteOrderedSource orderedFrom = new SqliteOrderedSource(source, true)) {
            List<OrderedStoreRef> stores = new OrderedMirror(orderedFrom).stores(List.of(), List.of(), List.of());
            MirrorRequest request = new MirrorRequest(List.of(), "", false, stores);
            Counting first = new Counting(from, orderedFrom);
            MirrorResult r;
            try (SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
                r = first.mirror(request, target, () -> first.orderedLists.getOrDefault(WINS, 0) >= 3);
            }
            assertThat(r.complete()).isFalse();
            assertThat(r.orderedEntries()).isEqualTo(count(source, stores) - ENTRIES + 300);
            assertThat(entries(copy, WINS)).hasSize(300);

            Counting again = new Counting(from, orderedFrom);
            try (SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
                r = again.mirror(request, target, () -> false);
            }
            assertThat(r.complete()).isTrue();
            assertThat(r.resumed()).isTrue();
            assertThat(r.orderedEntries()).isEqualTo(ENTRIES - 300);
            assertThat(again.keyLists.get()).isZero();
            assertThat(again.orderedLists.keySet()).containsExactly(WINS);
            for (OrderedStoreRef s : stores) {
                assertThat(entries(copy, s)).as(s.toString()).isEqualTo(entries(source, s));
            }
        }
        MirrorTest.assertSameData(source, copy, false);
    }

    /** A sandbox file plus {@link #ENTRIES} entries in {@link #WINS}. */
    private Path seed() {
        Path source = dir.resolve("source.db");
        SandboxFiles.create(source, 60, 7, Instant.parse("2026-11-01T00:00:00Z"), (d, t) -> { }, () -> false);
        try (SqliteOrderedSource o = new SqliteOrderedSource(source, false)) {
            List<SqliteOrderedSource.Row> rows = new ArrayList<>();
            for (int i = 0; i < ENTRIES; i++) {
                rows.add(new SqliteOrderedSource.Row(WINS, "player_" + i, (i * 7919L) % 100_000));
            }
            o.load(rows);
        }
        return source;
    }

    private static long count(Path file, List<OrderedStoreRef> stores) {
        return stores.stream().mapToLong(s -> entries(file, s).size()).sum();
    }

    /** The sources of a mirror run, counting the listings it makes. */
    private static final class Counting {
        final AtomicInteger keyLists = new AtomicInteger();
        final Map<OrderedStoreRef, Integer> orderedLists = new HashMap<>();
        private final SqliteProfileSource from;
        private final OrderedSource ordered;

        Counting(SqliteProfileSource from, OrderedSource ordered) {
            this.from = from;
            this.ordered = ordered;
        }

        MirrorResult mirror(MirrorRequest request, MirrorTarget target) {
            return mirror(request, target, () -> false);
        }

        MirrorResult mirror(MirrorRequest request, MirrorTarget target, BooleanSupplier cancelled) {
            ForwardingProfileSource standard = new ForwardingProfileSource(from) {
                @Override
                public Page<EntryRef> listKeys(String store, @Nullable String scope, String prefix,
                                               @Nullable String cursor, int limit) {
                    keyLists.incrementAndGet();
                    return super.listKeys(store, scope, prefix, cursor, limit);
                }
            };
            return new Mirror(standard, new CountingOrdered(ordered, orderedLists), RequestPacer.unpaced(),
                    Clock.systemUTC()).run(request, target, p -> { }, cancelled);
        }
    }

    /** An ordered source counting its listings per store. */
    private record CountingOrdered(OrderedSource d, Map<OrderedStoreRef, Integer> lists) implements OrderedSource {
        @Override
        public String describe() {
            return d.describe();
        }

        @Override
        public Page<OrderedEntry> list(OrderedStoreRef store, OrderedQuery query, @Nullable String cursor,
                                       int limit) {
            lists.merge(store, 1, Integer::sum);
            return d.list(store, query, cursor, limit);
        }

        @Override
        public Optional<OrderedEntry> get(OrderedStoreRef store, String key) {
            return d.get(store, key);
        }

        @Override
        public OrderedEntry create(OrderedStoreRef store, String key, long value) {
            return d.create(store, key, value);
        }

        @Override
        public OrderedEntry update(OrderedStoreRef store, String key, long value, boolean allowMissing) {
            return d.update(store, key, value, allowMissing);
        }

        @Override
        public OrderedEntry increment(OrderedStoreRef store, String key, long amount) {
            return d.increment(store, key, amount);
        }

        @Override
        public boolean delete(OrderedStoreRef store, String key) {
            return d.delete(store, key);
        }

        @Override
        public void close() {
            // the test closes the source
        }
    }

    /** A target whose file is full 12 pages after the first page of {@link #WINS} arrives. */
    private static final class FullAtWins implements MirrorTarget {
        private final SqliteMirrorTarget d;
        private final Path file;
        private boolean limited;

        FullAtWins(SqliteMirrorTarget d, Path file) {
            this.d = d;
            this.file = file;
        }

        @Override
        public MirrorResume begin(String source, String request) {
            return d.begin(source, request);
        }

        @Override
        public void commit(String part, List<MirroredEntry> entries, String position) {
            d.commit(part, entries, position);
        }

        @Override
        public void commitOrdered(String part, OrderedStoreRef store, List<OrderedEntry> entries, String position) {
            if (store.equals(WINS) && !limited) {
                limited = true;
                d.limitPages(pageCount(file) + 12);
            }
            d.commitOrdered(part, store, entries, position);
        }

        @Override
        public void finish() {
            d.finish();
        }

        @Override
        public String describe() {
            return d.describe();
        }

        @Override
        public void close() {
            d.close();
        }
    }

    private static long pageCount(Path file) {
        return query(file, "PRAGMA page_count");
    }

    /** Settings rows holding a mirror part's position or the index of them. */
    private static long positionsLeft(Path file) {
        return query(file, "SELECT count(*) FROM settings WHERE name LIKE 'mirror.part%'");
    }

    private static long query(Path file, String sql) {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
