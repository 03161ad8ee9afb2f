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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ProfileSource} must show. A connector's test extends this class and returns a fresh,
 * empty, writable source from {@link #newSource()}. Sources whose clock tests can move override
 * {@link #advanceTime(Duration)}; the default sleeps. The racing-writer checks use {@link Race}.
 */
public abstract class ProfileSourceContract {
    protected static final String STORE = "PlayerData";
    protected @Nullable ProfileSource source;

    /** A fresh, empty, writable source. Called once before each test; closed after it. */
    protected abstract ProfileSource newSource();

    /** Moves the source's clock forward; the default waits in real time. */
    protected void advanceTime(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    @BeforeEach
    void openSource() {
        source = newSource();
    }

    @AfterEach
    void closeSource() {
        if (source != null) {
            source.close();
        }
    }

    protected ProfileSource src() {
        if (source == null) {
            throw new IllegalStateException("newSource() returned null");
        }
        return source;
    }

    protected static EntryRef ref(String key) {
        return EntryRef.of(STORE, key);
    }

    protected static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    protected WriteResult put(EntryRef ref, String json) {
        return src().write(new WriteRequest(ref, bytes(json), List.of(), "{}", Precondition.none()));
    }

    private List<EntryRef> allKeys(String store, @Nullable String scope, String prefix, int pageSize) {
        List<EntryRef> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> page = src().listKeys(store, scope, prefix, cursor, pageSize);
            assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
            out.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<String> keyNames(List<EntryRef> refs) {
        return refs.stream().map(EntryRef::key).toList();
    }

    @Test
    void readOfUnknownKeyIsEmpty() {
        assertThat(src().read(ref("Player_1"))).isEmpty();
        assertThat(src().listKeys(STORE, null, "", null, 10).items()).isEmpty();
    }

    @Test
    void valueUserIdsAndAttributesRoundTrip() {
        EntryRef r = new EntryRef(STORE, "season2", "Player_42");
        byte[] value = bytes("{\"Data\":{\"Coins\":12.5,\"Name\":\"Zoë ☃\"},\"MetaData\":{}}");
        String attrs = "{\"Region\":\"EU\",\"Tier\":3}";
        WriteResult w = src().write(new WriteRequest(r, value, List.of(42L, 7L), attrs, Precondition.none()));
        StoredEntry e = src().read(r).orElseThrow();
        assertThat(e.ref()).isEqualTo(r);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.version()).isEqualTo(w.version());
        assertThat(e.userIds()).containsExactly(42L, 7L);
        assertThat(e.attributesJson()).isEqualTo(attrs);
        assertThat(e.updated()).isEqualTo(w.created());
        assertThat(e.created()).isEqualTo(w.created());
        assertThat(src().read(EntryRef.of(STORE, "Player_42"))).as("other scope").isEmpty();
    }

    @Test
    void overwriteKeepsCreatedTimeAndReplacesUserIds() throws InterruptedException {
        EntryRef r = ref("Player_1");
        WriteResult first = src().write(new WriteRequest(r, bytes("1"), List.of(1L), "{\"a\":1}",
                Precondition.none()));
        advanceTime(Duration.ofSeconds(2));
        WriteResult second = src().write(new WriteRequest(r, bytes("2"), List.of(), "{}", Precondition.none()));
        assertThat(second.version()).isNotEqualTo(first.version());
        StoredEntry e = src().read(r).orElseThrow();
        assertThat(e.value()).isEqualTo(bytes("2"));
        assertThat(e.userIds()).isEmpty();
        assertThat(e.attributesJson()).isEqualTo("{}");
        assertThat(e.created()).isEqualTo(first.created());
        assertThat(e.updated()).isEqualTo(second.created()).isAfter(first.created());
    }

    @Test
    void mustNotExistRefusesAnExistingKeyAndReportsTheCurrentEntry() {
        EntryRef r = ref("Player_2");
        WriteResult w = src().write(new WriteRequest(r, bytes("{}"), List.of(), "{}", Precondition.mustNotExist()));
        assertThatThrownBy(() -> src().write(new WriteRequest(r, bytes("[1]"), List.of(), "{}",
                Precondition.mustNotExist())))
                .isInstanceOfSatisfying(VersionConflictException.class, ex -> {
                    assertThat(ex.current()).isNotNull();
                    assertThat(ex.current().version()).isEqualTo(w.version());
                });
        assertThat(src().read(r).orElseThrow().value()).isEqualTo(bytes("{}"));
    }

    @Test
    void matchVersionWritesOnlyOverTheExpectedVersion() {
        EntryRef r = ref("Player_3");
        WriteResult v1 = put(r, "1");
        WriteResult v2 = src().write(new WriteRequest(r, bytes("2"), List.of(), "{}",
                Precondition.matchVersion(v1.version())));
        assertThatThrownBy(() -> src().write(new WriteRequest(r, bytes("3"), List.of(), "{}",
                Precondition.matchVersion(v1.version()))))
                .isInstanceOfSatisfying(VersionConflictException.class,
                        ex -> assertThat(ex.current().version()).isEqualTo(v2.version()));
        assertThatThrownBy(() -> src().write(new WriteRequest(ref("Player_absent"), bytes("3"), List.of(), "{}",
                Precondition.matchVersion(v1.version()))))
                .isInstanceOfSatisfying(VersionConflictException.class, ex -> assertThat(ex.current()).isNull());
        assertThat(src().read(r).orElseThrow().value()).isEqualTo(bytes("2"));
        assertThat(src().read(ref("Player_absent"))).isEmpty();
    }

    @Test
    void twoWritersRacingMustNotExistExactlyOneWins() throws Exception {
        for (int round = 0; round < 10; round++) {
            EntryRef r = ref("Race_" + round);
            RaceResult result = Race.run(src(), r, Precondition.mustNotExist());
            assertThat(result.wins()).as("round %d", round).isEqualTo(1);
            assertThat(result.conflicts()).as("round %d", round).isEqualTo(1);
            assertThat(src().read(r).orElseThrow().value()).isEqualTo(result.winnerValue());
            assertThat(src().listVersions(r, VersionQuery.all(), null, 10).items()).hasSize(1);
        }
    }

    @Test
    void twoWritersRacingMatchVersionExactlyOneWins() throws Exception {
        for (int round = 0; round < 10; round++) {
            EntryRef r = ref("Race_" + round);
            WriteResult base = put(r, "0");
            RaceResult result = Race.run(src(), r, Precondition.matchVersion(base.version()));
            assertThat(result.wins()).as("round %d", round).isEqualTo(1);
            assertThat(result.conflicts()).as("round %d", round).isEqualTo(1);
            assertThat(src().read(r).orElseThrow().value()).isEqualTo(result.winnerValue());
            assertThat(src().listVersions(r, VersionQuery.all(), null, 10).items()).hasSize(2);
        }
    }

    @Test
    void pagingStaysCorrectWhileKeysAreInsertedMeanwhile() {
        Set<String> before = new TreeSet<>();
        for (int i = 0; i < 60; i += 2) {
            String key = String.format("Player_%03d", i);
            put(ref(key), "{}");
            before.add(key);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int inserted = 1;
        do {
            Page<EntryRef> page = src().listKeys(STORE, null, "Player_", cursor, 7);
            seen.addAll(keyNames(page.items()));
            cursor = page.nextCursor();
            for (int j = 0; j < 3 && inserted < 60; j++, inserted += 2) {
                put(ref(String.format("Player_%03d", inserted)), "{}");
            }
            put(ref("Aaa_" + inserted), "{}");
        } while (cursor != null);
        assertThat(new HashSet<>(seen)).as("no duplicates").hasSameSizeAs(seen);
        assertThat(seen).containsAll(before);
        assertThat(seen).isSorted();
        assertThat(seen).allMatch(k -> k.startsWith("Player_"));
    }

    @Test
    void listKeysFiltersByPrefixAndScopeAndPagesInKeyOrder() {
        for (String k : List.of("Player_3", "Player_1", "Player_2", "Guild_1", "Player_10")) {
            put(ref(k), "{}");
        }
        put(new EntryRef(STORE, "season2", "Player_9"), "{}");
        put(EntryRef.of("OtherStore", "Player_5"), "{}");
        assertThat(keyNames(allKeys(STORE, "global", "Player_", 2)))
                .containsExactly("Player_1", "Player_10", "Player_2", "Player_3");
        assertThat(keyNames(allKeys(STORE, "season2", "", 2))).containsExactly("Player_9");
        assertThat(allKeys(STORE, null, "Player_", 3)).hasSize(5)
                .contains(new EntryRef(STORE, "season2", "Player_9"));
        assertThat(allKeys(STORE, "global", "Nobody", 5)).isEmpty();
    }

    @Test
    void namesOfOneToFiftyBytesAreAccepted() {
        String fifty = "k".repeat(50);
        EntryRef r = new EntryRef("s".repeat(50), "c".repeat(50), fifty);
        put(r, "1");
        assertThat(src().read(r)).isPresent();
        EntryRef single = new EntryRef("s", "c", "k");
        put(single, "1");
        assertThat(src().read(single)).isPresent();
    }

    @Test
    void namesOutsideOneToFiftyBytesAreRefusedAndNothingIsWritten() {
        String euros = "€".repeat(17); // 17 characters, 51 UTF-8 bytes
        List<EntryRef> bad = List.of(ref(""), ref("k".repeat(51)), ref(euros),
                new EntryRef("", "global", "k"), new EntryRef("s".repeat(51), "global", "k"),
                new EntryRef(STORE, "", "k"), new EntryRef(STORE, "c".repeat(51), "k"));
        for (EntryRef r : bad) {
            assertThatThrownBy(() -> put(r, "1")).as(r.toString())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("bytes").hasMessageContaining("50");
        }
        assertThatThrownBy(() -> src().read(ref(euros))).isInstanceOf(InvalidInputException.class);
        assertThat(src().listDataStores("", null, 50).items()).isEmpty();
        assertThat(src().listKeys(STORE, null, "", null, 50).items()).isEmpty();
    }

    @Test
    void valuesUpToTheLimitAreStoredAndLargerOnesRefused() {
        byte[] max = new byte[4_194_304];
        java.util.Arrays.fill(max, (byte) 'a');
        max[0] = '"';
        max[max.length - 1] = '"';
        EntryRef big = ref("Big");
        put(big, new String(max, StandardCharsets.UTF_8));
        assertThat(src().read(big).orElseThrow().sizeBytes()).isEqualTo(4_194_304);
        byte[] over = new byte[4_194_305];
        EntryRef tooBig = ref("TooBig");
        assertThatThrownBy(() -> src().write(new WriteRequest(tooBig, over, List.of(), "{}", Precondition.none())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("4194304");
        assertThatThrownBy(() -> src().write(new WriteRequest(big, over, List.of(), "{}", Precondition.none())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(src().read(tooBig)).isEmpty();
        assertThat(src().read(big).orElseThrow().sizeBytes()).isEqualTo(4_194_304);
        assertThat(src().listVersions(big, VersionQuery.all(), null, 10).items()).hasSize(1);
        assertThat(keyNames(src().listKeys(STORE, null, "", null, 10).items())).containsExactly("Big");
    }

    @Test
    void tooManyUserIdsAreRefused() {
        EntryRef r = ref("Ids");
        assertThatThrownBy(() -> src().write(new WriteRequest(r, bytes("1"), List.of(1L, 2L, 3L, 4L, 5L), "{}",
                Precondition.none()))).isInstanceOf(InvalidInputException.class).hasMessageContaining("UserIds");
        assertThat(src().read(r)).isEmpty();
    }

    @Test
    void deleteLeavesATombstoneWithReadableHistory() {
        EntryRef r = ref("Player_7");
        WriteResult v1 = put(r, "{\"v\":1}");
        put(ref("Player_8"), "{}");
        src().delete(r);
        assertThat(src().read(r)).isEmpty();
        assertThat(keyNames(allKeys(STORE, null, "", 10))).containsExactly("Player_8");
        List<VersionInfo> versions = src().listVersions(r, VersionQuery.all(), null, 10).items();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).deleted()).isFalse();
        assertThat(versions.get(1).deleted()).isTrue();
        assertThat(src().readVersion(r, v1.version()).orElseThrow().value()).isEqualTo(bytes("{\"v\":1}"));
        assertThat(src().readVersion(r, versions.get(1).version())).isEmpty();
        src().delete(r);
        src().delete(ref("NeverWritten"));
        assertThat(src().listVersions(r, VersionQuery.all(), null, 10).items()).hasSize(2);
        assertThat(src().read(ref("NeverWritten"))).isEmpty();
    }

    @Test
    void aDeletedKeyCanBeCreatedAgain() {
        EntryRef r = ref("Player_9");
        put(r, "1");
        src().delete(r);
        assertThatThrownBy(() -> src().write(new WriteRequest(r, bytes("2"), List.of(), "{}",
                Precondition.matchVersion("no-such-version")))).isInstanceOf(VersionConflictException.class);
        WriteResult again = src().write(new WriteRequest(r, bytes("2"), List.of(), "{}",
                Precondition.mustNotExist()));
        assertThat(src().read(r).orElseThrow().version()).isEqualTo(again.version());
        assertThat(keyNames(allKeys(STORE, null, "", 10))).containsExactly("Player_9");
    }

    @Test
    void versionsListInBothOrdersAndOldVersionsStayReadable() throws InterruptedException {
        EntryRef r = ref("Player_11");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(src().write(new WriteRequest(r, bytes("{\"n\":" + i + "}"), List.of((long) i), "{}",
                    Precondition.none())).version());
            advanceTime(Duration.ofSeconds(1));
        }
        List<VersionInfo> asc = src().listVersions(r, VersionQuery.all(), null, 10).items();
        assertThat(asc).extracting(VersionInfo::version).containsExactlyElementsOf(ids);
        assertThat(asc).extracting(VersionInfo::created).isSorted();
        assertThat(asc.get(0).contentLength()).isIn(7L, -1L);
        List<VersionInfo> desc = src().listVersions(r, VersionQuery.newestFirst(), null, 10).items();
        assertThat(desc).extracting(VersionInfo::version).containsExactlyElementsOf(reversed(ids));
        StoredEntry third = src().readVersion(r, ids.get(2)).orElseThrow();
        assertThat(third.value()).isEqualTo(bytes("{\"n\":3}"));
        assertThat(third.userIds()).containsExactly(3L);
        assertThat(third.version()).isEqualTo(ids.get(2));
        assertThat(src().readVersion(r, "0000.unknown")).isEmpty();
    }

    @Test
    void versionListingPagesWithoutGapsOrDuplicates() throws InterruptedException {
        EntryRef r = ref("Player_12");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(put(r, Integer.toString(i)).version());
            advanceTime(Duration.ofMillis(1100));
        }
        for (boolean descending : new boolean[] {false, true}) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                Page<VersionInfo> page = src().listVersions(r, new VersionQuery(null, null, descending), cursor, 3);
                assertThat(page.items().size()).isLessThanOrEqualTo(3);
                page.items().forEach(v -> seen.add(v.version()));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(seen).containsExactlyElementsOf(descending ? reversed(ids) : ids);
        }
    }

    @Test
    void timeWindowFiltersVersionsInclusively() throws InterruptedException {
        EntryRef r = ref("Player_13");
        List<WriteResult> writes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            writes.add(put(r, Integer.toString(i)));
            advanceTime(Duration.ofSeconds(2));
        }
        Instant from = writes.get(1).created();
        Instant to = writes.get(2).created();
        List<VersionInfo> window = src().listVersions(r, new VersionQuery(from, to, false), null, 10).items();
        assertThat(window).extracting(VersionInfo::version)
                .containsExactly(writes.get(1).version(), writes.get(2).version());
        List<VersionInfo> after = src().listVersions(r, new VersionQuery(to, null, true), null, 10).items();
        assertThat(after).extracting(VersionInfo::version)
                .containsExactly(writes.get(3).version(), writes.get(2).version());
        List<VersionInfo> before = src().listVersions(r, new VersionQuery(null, from.minusMillis(1), false),
                null, 10).items();
        assertThat(before).extracting(VersionInfo::version).containsExactly(writes.get(0).version());
    }

    @Test
    void dataStoresListByNameWithPrefixAndPaging() {
        for (String s : List.of("PlayerData_v2", "GuildHouses", "PlayerData", "Leaderboard", "PlayerStats")) {
            put(EntryRef.of(s, "k"), "1");
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Page<DataStoreInfo> page = src().listDataStores("", cursor, 2);
            assertThat(page.items().size()).isLessThanOrEqualTo(2);
            page.items().forEach(d -> names.add(d.name()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(names).containsExactly("GuildHouses", "Leaderboard", "PlayerData", "PlayerData_v2", "PlayerStats");
        assertThat(src().listDataStores("PlayerD", null, 10).items()).extracting(DataStoreInfo::name)
                .containsExactly("PlayerData", "PlayerData_v2");
        Optional<DataStoreInfo> none = src().listDataStores("Zzz", null, 10).items().stream().findFirst();
        assertThat(none).isEmpty();
    }

    @Test
    void describeAndCapabilitiesAreSet() {
        assertThat(src().describe()).isNotBlank();
        assertThat(src().capabilities().readOnly()).isFalse();
        assertThat(src().capabilities().versions()).isTrue();
    }
}
