package dev.profilelens.core.erase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ordered.InMemoryOrderedSource;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan and run on in-memory stores: every kind of place, the typed confirmation, live owners, re-creation. */
class EraseRunnerTest {
    private static final long ID = 100032;
    private final Clock clock = Clock.systemUTC();
    private final InMemoryProfileSource store = new InMemoryProfileSource(clock);
    private final InMemoryOrderedSource ordered = new InMemoryOrderedSource();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final EraseOptions quick = new EraseOptions(false, Duration.ofMillis(300), Duration.ofMillis(20),
            Duration.ZERO);
    @TempDir
    Path home;

    private void put(String store, String key, String json, long... userIds) {
        this.store.write(new WriteRequest(EntryRef.of(store, key), RobloxJson.write(RobloxJson.parse(json)),
                java.util.Arrays.stream(userIds).boxed().toList(), "{}", Precondition.none()));
    }

    private static String profile(boolean live) {
        return profile(live, ID);
    }

    private static String profile(boolean live, long userId) {
        long now = Instant.now().getEpochSecond();
        return "{\"Data\":{\"Coins\":5},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + (live ? "\"ActiveSession\":[1818,\"job-1\"]," : "") + "\"MetaTags\":{},\"LastUpdate\":" + now
                + "},\"GlobalUpdates\":[0,[]],\"UserIds\":[" + userId + "]}";
    }

    private void seedGame(boolean live) {
        for (long other = 100_000; other < 100_010; other++) {
            put("PlayerData", "Player_" + other, profile(false, other), other);
        }
        put("PlayerData", "Player_" + ID, profile(live), ID);
        put("Trades", "T1", "{\"Buyer\":7,\"Seller\":" + ID + "}");
        put("DATA/" + ID, "1", "{\"coins\":1}", ID);
        put("DATA/" + ID, "2", "{\"coins\":2}", ID);
        put("DATA/555", "1", "{\"coins\":9}", 555);
        ordered.create(OrderedStoreRef.of("DATA/" + ID), "1", 1);
        ordered.create(OrderedStoreRef.of("DATA/" + ID), "2", 2);
        ordered.create(OrderedStoreRef.of("DATA/555"), "1", 1);
        ordered.create(OrderedStoreRef.of("Kills"), Long.toString(ID), 40);
        ordered.create(OrderedStoreRef.of("Kills"), "555", 41);
    }

    private Erasure erasure(dev.profilelens.core.store.ProfileSource s) {
        return new Erasure(s, ordered, List.of(OrderedStoreRef.of("Kills")), audit, null, clock, "tester",
                "test", home);
    }

    private ErasePlan plan(dev.profilelens.core.store.ProfileSource s) {
        return erasure(s).plan(ErasureRequest.typed(Long.toString(ID), "USERID"), PlaceUniverses.none(), null, store);
    }

    @Test
    void everyPlaceOfTheUserIsPlannedAndErasedOthersUntouched() throws Exception {
        seedGame(false);
        ErasePlan plan = plan(store);
        assertThat(plan.places()).extracting(ErasePlace::display).containsExactly(
                "key DATA/100032/global/1", "key DATA/100032/global/2", "ordered DATA/100032/global/1",
                "ordered DATA/100032/global/2", "key PlayerData/global/Player_100032", "ordered Kills/global/100032");
        assertThat(plan.review()).singleElement().satisfies(h -> {
            assertThat(h.ref()).isEqualTo(EntryRef.of("Trades", "T1"));
            assertThat(h.paths()).containsExactly("/Seller");
        });
        Erasure.Result r = erasure(store).run(plan, "100032", "ticket 9", quick, p -> { }, () -> false);
        assertThat(r.report().complete()).isTrue();
        assertThat(store.read(EntryRef.of("PlayerData", "Player_" + ID))).isEmpty();
        assertThat(store.listKeys("DATA/" + ID, null, "", null, 10).items()).isEmpty();
        assertThat(ordered.list(OrderedStoreRef.of("DATA/" + ID), OrderedQuery.ascending(), null, 10).items())
                .isEmpty();
        assertThat(ordered.get(OrderedStoreRef.of("Kills"), "555")).isPresent();
        assertThat(store.read(EntryRef.of("DATA/555", "1"))).isPresent();
        assertThat(store.read(EntryRef.of("Trades", "T1"))).as("review only, never deleted").isPresent();
        assertThat(store.read(EntryRef.of("PlayerData", "Player_100001"))).isPresent();
        List<AuditEntry> log = audit.query(null, null, 100);
        assertThat(log).hasSize(6).allMatch(e -> e.status() == AuditStatus.DONE && e.action().startsWith("erase")
                && e.reason().contains("ticket 9") && e.reason().contains(home.relativize(r.json()).toString()));
        assertThat(Files.readString(r.json())).contains("\"outcome\" : \"deleted\"").contains("purges");
        assertThat(Files.readString(Path.of(r.json().toString().replace(".json", ".txt"))))
                .contains("Every place found was deleted").contains("Trades/global/T1 at /Seller");
    }

    @Test
    void aWrongConfirmationOrNoReasonErasesNothing() {
        seedGame(false);
        ErasePlan plan = plan(store);
        assertThatThrownBy(() -> erasure(store).run(plan, "100033", "ticket", quick, p -> { }, () -> false))
                .hasMessageContaining("Type the UserId \"100032\"");
        assertThatThrownBy(() -> erasure(store).run(plan, "100032", " ", quick, p -> { }, () -> false))
                .hasMessageContaining("Say why");
        assertThat(store.read(EntryRef.of("PlayerData", "Player_" + ID))).isPresent();
        assertThat(audit.query(null, null, 10)).isEmpty();
    }

    @Test
    void aProfileALiveServerOwnsIsNotDeletedUnderIt() {
        seedGame(true);
        List<EraseProgress> progress = new ArrayList<>();
        Erasure.Result r = erasure(store).run(plan(store), "100032", "ticket", quick, progress::add, () -> false);
        assertThat(progress).as("the run says, once, which live server it waits for and how long")
                .filteredOn(p -> p.stage().startsWith("waiting up to ")).singleElement().satisfies(p -> {
                    assertThat(p.stage()).contains("for the live server", "1818", "key PlayerData/global/Player_"
                            + ID);
                    assertThat(p.done()).isLessThan(p.total());
                });
        assertThat(r.report().outcomes()).filteredOn(o -> o.place().store().equals("PlayerData")).singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(PlaceOutcome.Status.LIVE);
                    assertThat(o.detail()).contains("1818");
                });
        assertThat(store.read(EntryRef.of("PlayerData", "Player_" + ID))).isPresent();
        assertThat(r.report().complete()).isFalse();
        assertThat(r.report().toText()).contains("NOT COMPLETE");
    }

    @Test
    void aKeyWrittenAgainAfterTheDeleteIsReportedAsRecreated() {
        seedGame(false);
        // a server that still held the profile in memory saves it right after the delete
        ForwardingProfileSource resaving = new ForwardingProfileSource(store) {
            @Override
            public void delete(EntryRef ref) {
                super.delete(ref);
                if (ref.store().equals("PlayerData")) {
                    put("PlayerData", ref.key(), profile(true), ID);
                }
            }
        };
        Erasure.Result r = erasure(resaving).run(plan(resaving), "100032", "ticket", quick, p -> { }, () -> false);
        assertThat(r.report().outcomes()).filteredOn(o -> o.status() == PlaceOutcome.Status.RECREATED)
                .singleElement().satisfies(o -> assertThat(o.detail()).contains("1818 / job-1"));
        assertThat(r.report().complete()).isFalse();
    }

    @Test
    void aUserIdThatMatchesNothingSaysWhatWasSearched() {
        seedGame(false);
        ErasePlan plan = erasure(store).plan(ErasureRequest.typed("424242", "USERID"), PlaceUniverses.none(), null,
                null);
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.unmatched()).containsExactly(424242L);
        assertThat(plan.emptyExplanation()).contains("No data found for UserId 424242")
                .contains("PlayerData: key Player_424242").contains("DataStore2 DATA: store DATA/424242")
                .contains("ordered Kills/global: key 424242".replace("/global", ""));
        assertThatThrownBy(() -> erasure(store).run(plan, "424242", "t", quick, p -> { }, () -> false))
                .hasMessageContaining("nothing to erase");
    }

    @Test
    void typedListsAreParsedAndBadIdsNamed() {
        assertThat(ErasureRequest.typed("5, 6\n7 5", "USERID").userIds()).containsExactly(5L, 6L, 7L);
        assertThat(ErasureRequest.typed("5,6", "x").confirmation()).isEqualTo("5,6");
        assertThatThrownBy(() -> ErasureRequest.typed("5,-6", "USERID")).hasMessageContaining("\"-6\" is not a UserId");
        assertThatThrownBy(() -> ErasureRequest.typed(" ", "USERID")).hasMessageContaining("at least one");
    }
}
