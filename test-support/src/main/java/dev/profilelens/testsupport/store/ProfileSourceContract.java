package dev.profilelens.testsupport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ProfileSource} must have. A connector's test extends this class and returns a fresh,
 * empty, writable source from {@link #newSource()}. Paging, racing conditional writes, metadata round trips,
 * Roblox limits, tombstones and version history are checked here once for all connectors.
 */
public abstract class ProfileSourceContract {
    protected ProfileSource source;

    /** A fresh, empty, writable source. */
    protected abstract ProfileSource newSource() throws Exception;

    /** Lets time pass so versions get distinct creation times; override when the source runs on a fake clock. */
    protected void advance(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    @BeforeEach
    void openSource() throws Exception {
        source = newSource();
    }

    @AfterEach
    void closeSource() {
        if (source != null) {
            source.close();
        }
    }

    protected static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    protected WriteResult put(EntryRef ref, String value, Precondition p) {
        return source.write(new WriteRequest(ref, json(value), List.of(), "{}", p));
    }

    protected WriteResult put(EntryRef ref, String value) {
        return put(ref, value, Precondition.none());
    }

    @Test
    void aMissingKeyReadsEmpty() {
        assertThat(source.read(EntryRef.of("PlayerData", "Player_404"))).isEmpty();
    }

    @Test
    void valueUserIdsAndAttributesRoundTripExactly() {
        EntryRef ref = EntryRef.of("PlayerData", "Player_1");
        String value = "{\"Data\":{\"Coins\":1.50,\"Name\":\"Zoë\"},\"MetaData\":[]}";
        WriteResult w = source.write(new WriteRequest(ref, json(value), List.of(1L, 9_007_199_254_740_991L),
                "{\"Tier\":\"gold\"}", Precondition.none()));
        StoredEntry e = source.read(ref).orElseThrow();
        assertThat(new String(e.value(), StandardCharsets.UTF_8)).isEqualTo(value);
        assertThat(e.version()).isEqualTo(w.version()).isNotBlank();
        assertThat(e.userIds()).containsExactly(1L, 9_007_199_254_740_991L);
        assertThat(e.attributesJson().replace(" ", "")).isEqualTo("{\"Tier\":\"gold\"}");
        assertThat(e.updated()).isAfterOrEqualTo(e.created());
    }

    @Test
    void mustNotExistRefusesAnExistingKey() {
        EntryRef ref = EntryRef.of("PlayerData", "Player_2");
        put(ref, "1", Precondition.mustNotExist());
        assertThatThrownBy(() -> put(ref, "2", Precondition.mustNotExist()))
                .isInstanceOf(VersionConflictException.class);
        assertThat(new String(source.read(ref).orElseThrow().value(), StandardCharsets.UTF_8)).isEqualTo("1");
    }

    @Test
    void matchVersionRefusesAStaleVersionAndReportsTheCurrentOne() {
        EntryRef ref = EntryRef.of("PlayerData", "Player_3");
        String v1 = put(ref, "1").version();
        String v2 = put(ref, "2", Precondition.matchVersion(v1)).version();
        assertThat(v2).isNotEqualTo(v1);
        assertThatThrownBy(() -> put(ref, "3", Precondition.matchVersion(v1)))
                .isInstanceOfSatisfying(VersionConflictException.class,
                        e -> assertThat(java.util.Objects.requireNonNull(e.current(), "the conflict names the current entry")
                                .version()).isEqualTo(v2));
        assertThatThrownBy(() -> put(EntryRef.of("PlayerData", "Nobody"), "3", Precondition.matchVersion(v1)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(source.read(ref).orElseThrow().version()).isEqualTo(v2);
    }

    @Test
    void racingConditionalWritersExactlyOneWins() throws Exception {
        EntryRef ref = EntryRef.of("PlayerData", "Player_race");
        String base = put(ref, "0").version();
        int writers = 8;
        List<Thread> threads = new ArrayList<>();
        List<String> winners = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Throwable> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < writers; i++) {
            String mine = Integer.toString(i + 1);
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    put(ref, mine, Precondition.matchVersion(base));
                    winners.add(mine);
                } catch (VersionConflictException e) {
                    // lost the race, as all but one must
                } catch (Throwable e) {
                    unexpected.add(e);
                }
            }, "contract-writer-" + i);
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertThat(unexpected).isEmpty();
        assertThat(winners).hasSize(1);
        assertThat(new String(source.read(ref).orElseThrow().value(), StandardCharsets.UTF_8))
                .isEqualTo(winners.get(0));
    }

    @Test
    void pagingSeesEveryKeyOnceWhileKeysAreInsertedMeanwhile() {
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String key = String.format("Player_%03d", i * 2);
            original.add(key);
            put(EntryRef.of("Paging", key), "1");
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<EntryRef> page = source.listKeys("Paging", "global", "", cursor, 7);
            assertThat(page.items().size()).isLessThanOrEqualTo(7);
            page.items().forEach(r -> seen.add(r.key()));
            put(EntryRef.of("Paging", String.format("Player_%03d", pages * 10 + 1)), "\"new\"");
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(original);
        assertThat(seen).isSorted();
    }

    @Test
    void keysAreFilteredByScopeAndPrefix() {
        put(new EntryRef("PlayerData", "global", "Player_1"), "1");
        put(new EntryRef("PlayerData", "global", "Player_2"), "1");
        put(new EntryRef("PlayerData", "global", "Guild_1"), "1");
        put(new EntryRef("PlayerData", "beta", "Player_9"), "1");
        put(new EntryRef("Other", "global", "Player_5"), "1");
        assertThat(keys(source.listKeys("PlayerData", "global", "Player_", null, 100)))
                .containsExactly("Player_1", "Player_2");
        assertThat(keys(source.listKeys("PlayerData", "beta", "", null, 100))).containsExactly("Player_9");
        assertThat(keys(source.listKeys("PlayerData", null, "Player_", null, 100)))
                .containsExactlyInAnyOrder("Player_1", "Player_2", "Player_9");
    }

    private static List<String> keys(Page<EntryRef> page) {
        return page.items().stream().map(EntryRef::key).toList();
    }

    @Test
    void dataStoresArePagedAndFilteredByPrefix() {
        for (String store : List.of("Alpha", "PlayerData", "PlayerData_v2", "Zeta")) {
            put(EntryRef.of(store, "k"), "1");
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Page<DataStoreInfo> page = source.listDataStores("", cursor, 3);
            page.items().forEach(s -> names.add(s.name()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(names).containsExactly("Alpha", "PlayerData", "PlayerData_v2", "Zeta");
        assertThat(source.listDataStores("Player", null, 10).items()).extracting(DataStoreInfo::name)
                .containsExactly("PlayerData", "PlayerData_v2");
    }

    @Test
    void namesAndKeysOutsideOneTo50BytesAreRefusedAndNothingIsWritten() {
        String longName = "x".repeat(51);
        assertThatThrownBy(() -> put(EntryRef.of(longName, "k"), "1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("51 bytes");
        assertThatThrownBy(() -> put(EntryRef.of("S", ""), "1")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> put(new EntryRef("S", "é".repeat(26), "k"), "1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("52 bytes");
        assertThat(put(EntryRef.of("S", "k".repeat(50)), "1").version()).isNotBlank();
        assertThat(source.listDataStores("", null, 10).items()).extracting(DataStoreInfo::name).containsExactly("S");
    }

    @Test
    void oversizeValuesAndMetadataAreRefusedAndNothingIsWritten() {
        EntryRef ref = EntryRef.of("PlayerData", "Big");
        byte[] big = jsonString(4_194_305);
        assertThatThrownBy(() -> source.write(new WriteRequest(ref, big, List.of(), "{}", Precondition.none())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("4194305");
        assertThatThrownBy(() -> source.write(new WriteRequest(ref, json("1"), List.of(1L, 2L, 3L, 4L, 5L), "{}",
                Precondition.none()))).isInstanceOf(InvalidInputException.class);
        String attrs = "{\"a\":\"" + "x".repeat(300) + "\"}";
        assertThatThrownBy(() -> source.write(new WriteRequest(ref, json("1"), List.of(), attrs,
                Precondition.none()))).isInstanceOf(InvalidInputException.class);
        assertThat(source.read(ref)).isEmpty();
        byte[] exact = jsonString(4_194_304);
        source.write(new WriteRequest(ref, exact, List.of(), "{}", Precondition.none()));
        assertThat(source.read(ref).orElseThrow().sizeBytes()).isEqualTo(4_194_304);
    }

    /** A JSON string value of exactly {@code bytes} bytes (Roblox stores JSON only). */
    private static byte[] jsonString(int bytes) {
        return ("\"" + "x".repeat(bytes - 2) + "\"").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void deleteLeavesATombstoneWithHistoryReadable() {
        EntryRef ref = EntryRef.of("PlayerData", "Player_del");
        String v1 = put(ref, "1").version();
        source.delete(ref);
        assertThat(source.read(ref)).isEmpty();
        assertThat(keys(source.listKeys("PlayerData", null, "Player_del", null, 10))).isEmpty();
        List<VersionInfo> versions = source.listVersions(ref, VersionQuery.all(), null, 10).items();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).deleted()).isTrue();
        assertThat(source.readVersion(ref, v1).map(e -> new String(e.value(), StandardCharsets.UTF_8)))
                .contains("1");
        source.delete(EntryRef.of("PlayerData", "never-existed"));
        put(ref, "2", Precondition.mustNotExist());
        assertThat(source.read(ref)).isPresent();
    }

    @Test
    void versionsAreOrderedAndFilteredByTime() throws InterruptedException {
        EntryRef ref = EntryRef.of("PlayerData", "Player_v");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            written.add(put(ref, Integer.toString(i)).version());
            advance(Duration.ofMillis(30));
        }
        List<VersionInfo> asc = allVersions(ref, VersionQuery.all());
        assertThat(asc).extracting(VersionInfo::version).containsExactlyElementsOf(written);
        assertThat(asc).extracting(VersionInfo::created).isSorted();
        List<VersionInfo> desc = allVersions(ref, VersionQuery.newestFirst());
        assertThat(desc.get(0).version()).isEqualTo(written.get(3));
        VersionQuery middle = new VersionQuery(asc.get(1).created(), asc.get(2).created(), false);
        assertThat(allVersions(ref, middle)).extracting(VersionInfo::version)
                .containsExactly(written.get(1), written.get(2));
        Optional<StoredEntry> old = source.readVersion(ref, written.get(0));
        assertThat(old.map(e -> new String(e.value(), StandardCharsets.UTF_8))).contains("0");
        assertThat(source.readVersion(ref, "no-such-version")).isEmpty();
    }

    @Test
    void racingCreatorsWithMustNotExistExactlyOneWins() throws Exception {
        for (int round = 0; round < 10; round++) {
            EntryRef ref = EntryRef.of("PlayerData", "Created_" + round);
            RaceResult result = Race.run(source, ref, Precondition.mustNotExist());
            assertThat(result.wins()).as("round %d", round).isEqualTo(1);
            assertThat(result.conflicts()).as("round %d", round).isEqualTo(1);
            assertThat(source.read(ref).orElseThrow().value()).isEqualTo(result.winnerValue());
            assertThat(source.listVersions(ref, VersionQuery.all(), null, 10).items()).hasSize(1);
        }
    }

    @Test
    void anOverwriteReplacesUserIdsAndAttributesAndKeepsTheCreationTime() throws InterruptedException {
        EntryRef ref = EntryRef.of("PlayerData", "Player_meta");
        WriteResult first = source.write(new WriteRequest(ref, json("1"), List.of(5L), "{\"Tier\":\"gold\"}",
                Precondition.none()));
        advance(Duration.ofMillis(30));
        WriteResult second = put(ref, "2");
        StoredEntry e = source.read(ref).orElseThrow();
        assertThat(e.version()).isEqualTo(second.version()).isNotEqualTo(first.version());
        assertThat(e.userIds()).as("a write without UserIds clears them, as Roblox does").isEmpty();
        assertThat(e.attributesJson().replace(" ", "")).isEqualTo("{}");
        StoredEntry old = source.readVersion(ref, first.version()).orElseThrow();
        assertThat(e.created()).isEqualTo(old.created());
        assertThat(e.updated()).isAfter(e.created());
        assertThat(old.userIds()).containsExactly(5L);
        assertThat(old.attributesJson().replace(" ", "")).isEqualTo("{\"Tier\":\"gold\"}");
    }

    @Test
    void badNamesAreRefusedOnEveryOperationWithAClearMessage() {
        EntryRef longScope = new EntryRef("PlayerData", "s".repeat(51), "k");
        EntryRef emptyStore = new EntryRef("", "global", "k");
        EntryRef euroKey = EntryRef.of("PlayerData", "€".repeat(17));
        for (EntryRef bad : List.of(longScope, emptyStore, euroKey)) {
            assertThatThrownBy(() -> put(bad, "1")).as(bad.toString()).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("bytes").hasMessageContaining("50");
            assertThatThrownBy(() -> source.read(bad)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> source.delete(bad)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> source.listVersions(bad, VersionQuery.all(), null, 10))
                    .isInstanceOf(InvalidInputException.class);
        }
        EntryRef widest = new EntryRef("d".repeat(50), "s".repeat(50), "€".repeat(16) + "kk");
        put(widest, "1");
        assertThat(source.read(widest)).isPresent();
        assertThat(source.listDataStores("", null, 10).items()).extracting(DataStoreInfo::name)
                .containsExactly("d".repeat(50));
    }

    @Test
    void keysOfAllScopesArePagedOneByOneWithoutLossOrDuplicates() {
        put(new EntryRef("PlayerData", "beta", "Player_2"), "1");
        put(new EntryRef("PlayerData", "global", "Player_1"), "1");
        put(new EntryRef("PlayerData", "global", "Player_3"), "1");
        put(new EntryRef("PlayerData", "alpha", "Player_2"), "1");
        List<EntryRef> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> page = source.listKeys("PlayerData", null, "", cursor, 1);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        // the order across scopes is the back end's (Roblox lists all scopes as scope/key); each scope is in key order
        assertThat(all).containsExactlyInAnyOrder(new EntryRef("PlayerData", "beta", "Player_2"),
                new EntryRef("PlayerData", "global", "Player_1"), new EntryRef("PlayerData", "global", "Player_3"),
                new EntryRef("PlayerData", "alpha", "Player_2"));
        assertThat(all.stream().filter(r -> r.scope().equals("global")).map(EntryRef::key).toList())
                .containsExactly("Player_1", "Player_3");
    }

    @Test
    void aTombstoneVersionReadsEmptyAndRecreationStartsANewCurrentVersion() {
        EntryRef ref = EntryRef.of("PlayerData", "Player_again");
        String v1 = put(ref, "1").version();
        source.delete(ref);
        source.delete(ref);
        List<VersionInfo> versions = source.listVersions(ref, VersionQuery.all(), null, 10).items();
        assertThat(versions).as("deleting a deleted key adds nothing").hasSize(2);
        assertThat(source.readVersion(ref, versions.get(1).version())).isEmpty();
        assertThatThrownBy(() -> put(ref, "2", Precondition.matchVersion(v1)))
                .isInstanceOf(VersionConflictException.class);
        String v3 = put(ref, "3", Precondition.mustNotExist()).version();
        assertThat(source.read(ref).orElseThrow().version()).isEqualTo(v3);
        assertThat(source.listVersions(ref, VersionQuery.newestFirst(), null, 10).items())
                .extracting(VersionInfo::deleted).containsExactly(false, true, false);
    }

    @Test
    void openEndedTimeWindowsIncludeTheirBoundary() throws InterruptedException {
        EntryRef ref = EntryRef.of("PlayerData", "Player_window");
        List<WriteResult> w = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            w.add(put(ref, Integer.toString(i)));
            advance(Duration.ofMillis(30));
        }
        List<VersionInfo> from = allVersions(ref, new VersionQuery(w.get(1).created(), null, true));
        assertThat(from).extracting(VersionInfo::version).containsExactly(w.get(2).version(), w.get(1).version());
        List<VersionInfo> to = allVersions(ref, new VersionQuery(null, w.get(1).created(), false));
        assertThat(to).extracting(VersionInfo::version).containsExactly(w.get(0).version(), w.get(1).version());
        List<VersionInfo> none = allVersions(ref, new VersionQuery(w.get(2).created().plusSeconds(60), null, false));
        assertThat(none).isEmpty();
    }

    @Test
    void describeAndCapabilitiesTellWhatTheSourceIs() {
        assertThat(source.describe()).isNotBlank();
        assertThat(source.capabilities().readOnly()).isFalse();
        assertThat(source.capabilities().versions()).isTrue();
    }


    private List<VersionInfo> allVersions(EntryRef ref, VersionQuery q) {
        List<VersionInfo> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<VersionInfo> page = source.listVersions(ref, q, cursor, 2);
            out.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }
}
