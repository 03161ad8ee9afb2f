package dev.profilelens.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.model.GlobalUpdate;
import dev.profilelens.core.updates.GlobalUpdates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The scenarios of ProfileService's own test place (spec §9.2), as JUnit tests of the Java runtime. */
class ProfileServiceScenariosTest {
    private final Harness h = new Harness();
    private final SessionServer a = h.server("job-a", SessionConfig.profileService());

    @Test
    void loadIncrementReleaseTwiceThenWipe() {
        for (int i = 0; i < 2; i++) {
            Profile p = h.loadNow(a, "Player_1");
            p.data().put("Counter", p.data().get("Counter").asInt() + 1);
            p.release();
            h.advance(Duration.ofSeconds(10));
        }
        assertThat(h.stored("Player_1").at("/Data/Counter").asInt()).isEqualTo(2);
        assertThat(h.meta("Player_1").has("ActiveSession")).isFalse();
        assertThat(h.meta("Player_1").get("SessionLoadCount").asLong()).isEqualTo(2);
        h.source.delete(h.ref("Player_1"));
        assertThat(h.source.read(h.ref("Player_1"))).isEmpty();
    }

    @Test
    void globalUpdateRoundTripLocksAppliesAndClearsInTheDataWrite() {
        SessionServer sender = h.server("job-sender", SessionConfig.profileService());
        Profile p = h.loadNow(a, "Player_2");
        List<String> log = new ArrayList<>();
        p.globalUpdates().listenToNewActiveUpdate((id, data) -> {
            log.add("active " + data.get("Gift").asText());
            p.globalUpdates().lockActiveUpdate(id);
            assertThat(p.globalUpdates().active()).isEmpty();
            p.save();
        });
        p.globalUpdates().listenToNewLockedUpdate((id, data) -> {
            log.add("locked " + p.globalUpdates().active().size() + "/" + p.globalUpdates().locked().size());
            p.data().put("Coins", p.data().path("Coins").asInt() + data.get("Amount").asInt());
            p.globalUpdates().clearLockedUpdate(id);
            p.save();
        });
        h.await(sender.addGlobalUpdate("Player_2", RobloxJson.parse("{\"Gift\":\"Coins\",\"Amount\":50}")),
                Duration.ofMinutes(1));
        assertThat(h.stored("Player_2").at("/GlobalUpdates/1").size()).isEqualTo(1);
        h.advance(Duration.ofMinutes(3));
        assertThat(log).containsExactly("active Coins", "locked 0/1");
        JsonNode stored = h.stored("Player_2");
        assertThat(stored.at("/GlobalUpdates/1").size()).isZero();
        assertThat(stored.at("/Data/Coins").asInt()).isEqualTo(50);
        assertThat(stored.at("/GlobalUpdates/0").asInt()).isEqualTo(1);
    }

    @Test
    void updatesOnANeverLoadedKeyKeepOrderThroughAPlaceholder() {
        JsonNode v = GlobalUpdates.addActive(null, RobloxJson.parse("{\"Name\":\"Test1\"}"));
        JsonNode w = GlobalUpdates.addActive(v, RobloxJson.parse("{\"Name\":\"Test2\"}"));
        w = GlobalUpdates.addActive(w, RobloxJson.parse("{\"Name\":\"Test3\"}"));
        w = GlobalUpdates.addActive(w, RobloxJson.parse("{\"Name\":\"Test4\"}"));
        w = GlobalUpdates.clearActive(w, 1);
        w = GlobalUpdates.changeActive(w, 4, RobloxJson.parse("{\"Name\":\"Test1000000\"}"));
        h.rawWrite("Player_3", RobloxJson.writeString(w));
        assertThat(h.stored("Player_3").has("Data")).isFalse();
        Profile p = h.loadNow(a, "Player_3");
        assertThat(p.globalUpdates().active()).extracting(u -> u.data().get("Name").asText())
                .containsExactly("Test2", "Test3", "Test1000000");
        assertThat(p.globalUpdates().active()).extracting(GlobalUpdate::version).containsExactly(1L, 1L, 2L);
        assertThat(h.stored("Player_3").has("WasCorrupted")).isFalse();
    }

    @Test
    void metaTagsLatestShowsWhatTheLastSaveStored() {
        Profile p = h.loadNow(a, "Player_4");
        List<String> updates = new ArrayList<>();
        p.listenToMetaTagsUpdated(tags -> updates.add(tags.path("ProfilePurchaseIds").toString()));
        p.setMetaTag("ProfilePurchaseIds", RobloxJson.parse("[\"r-1\",\"r-2\"]"));
        p.setMetaTag("Nested", RobloxJson.parse("{\"List\":[1,2,3]}"));
        assertThat(p.metaTagsLatest().has("ProfilePurchaseIds")).isFalse();
        p.save();
        h.advance(Duration.ofSeconds(10));
        assertThat(p.metaTagsLatest().at("/ProfilePurchaseIds/1").asText()).isEqualTo("r-2");
        assertThat(updates).containsExactly("[\"r-1\",\"r-2\"]");
        p.setMetaTag("Nested", RobloxJson.parse("{\"List\":[9]}"));
        assertThat(p.metaTagsLatest().at("/Nested/List").size()).isEqualTo(3);
        assertThat(h.meta("Player_4").at("/MetaTags/Nested/List").size()).isEqualTo(3);
        assertThatThrownBy(() -> p.setMetaTag("", RobloxJson.parse("1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadingAnAlreadyLoadedKeyIsAnErrorAndReloadAfterReleaseWorks() {
        Profile p = h.loadNow(a, "Player_5");
        assertThatThrownBy(() -> a.load("Player_5", LoadHandler.forceLoad()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already loaded");
        p.release();
        h.advance(Duration.ofSeconds(8));
        Profile again = h.loadNow(a, "Player_5");
        assertThat(again.sessionLoadCount()).isEqualTo(2);
    }

    @Test
    void threeConcurrentLoadsOfOneKeyOnlyTheLastGetsTheProfile() {
        CompletableFuture<Optional<Profile>> f1 = a.load("Player_6", LoadHandler.forceLoad());
        CompletableFuture<Optional<Profile>> f2 = a.load("Player_6", LoadHandler.forceLoad());
        CompletableFuture<Optional<Profile>> f3 = a.load("Player_6", LoadHandler.forceLoad());
        assertThat(h.await(f3, Duration.ofMinutes(1))).isPresent();
        assertThat(f1.join()).isEmpty();
        assertThat(f2.join()).isEmpty();
        assertThat(h.meta("Player_6").get("SessionLoadCount").asLong()).isEqualTo(1);
    }

    @Test
    void aCorruptValueIsReplacedWithTheFlagAndASignal() {
        h.rawWrite("Player_7", "[\"ThisAintRight\"]");
        Profile p = h.loadNow(a, "Player_7");
        assertThat(h.count(SessionEvent.Type.CORRUPTION)).isEqualTo(1);
        assertThat(p.data().get("Counter").asInt()).isZero();
        assertThat(h.stored("Player_7").get("WasCorrupted").asBoolean()).isTrue();
        p.save();
        h.advance(Duration.ofSeconds(10));
        assertThat(h.stored("Player_7").get("WasCorrupted").asBoolean()).isFalse();
    }

    @Test
    void aForeignLockWrittenUnderALoadedProfileEndsTheSessionAtTheNextSave() {
        Profile p = h.loadNow(a, "Player_8");
        List<String> released = new ArrayList<>();
        p.listenToRelease(owner -> released.add(String.valueOf(owner)));
        h.rawEdit("Player_8", v -> {
            ((ObjectNode) v.get("MetaData")).set("ActiveSession", RobloxJson.parse("[123,123]"));
            ((ObjectNode) v.get("Data")).put("Foreign", true);
        });
        p.data().put("Counter", 99);
        h.advance(Duration.ofMinutes(2));
        assertThat(released).containsExactly("[123,123]");
        assertThat(p.isActive()).isFalse();
        assertThat(h.stored("Player_8").at("/Data/Counter").asInt()).as("the loser wrote nothing").isZero();
        assertThat(h.stored("Player_8").at("/Data/Foreign").asBoolean()).isTrue();
        assertThat(h.events(SessionEvent.Type.LOST)).hasSize(1);
    }

    @Test
    void aForceLoadRequestMakesTheOwnerReleaseInItsNextSave() {
        Profile p = h.loadNow(a, "Player_9");
        List<String> released = new ArrayList<>();
        p.listenToHopReady(() -> released.add("hop-ready"));
        p.listenToRelease(owner -> released.add(String.valueOf(owner)));
        h.rawEdit("Player_9", v -> ((ObjectNode) v.get("MetaData"))
                .set("ForceLoadSession", RobloxJson.parse("[123,123]")));
        p.data().put("Counter", 5);
        h.advance(Duration.ofMinutes(2));
        assertThat(released).containsExactly("null", "hop-ready");
        assertThat(p.storedMeta().has("ActiveSession")).isFalse();
        ObjectNode meta = h.meta("Player_9");
        assertThat(meta.has("ActiveSession")).isFalse();
        assertThat(meta.get("ForceLoadSession").toString()).isEqualTo("[123,123]");
        assertThat(h.stored("Player_9").at("/Data/Counter").asInt()).as("final data saved").isEqualTo(5);
    }

    @Test
    void aHandlerSeesTheOwnerAndForceLoadStealsAnUnreleasedLockAfterEightSteps() {
        h.rawWrite("Player_10", "{\"Data\":{\"Counter\":3},\"MetaData\":{\"ProfileCreateTime\":1,"
                + "\"SessionLoadCount\":4,\"ActiveSession\":[123,123],\"MetaTags\":[]},\"GlobalUpdates\":[0,[]]}");
        List<String> seen = new ArrayList<>();
        CompletableFuture<Optional<Profile>> f = a.load("Player_10", LoadHandler.function((place, job) -> {
            seen.add(place + "," + job);
            return LoadHandler.Decision.FORCE_LOAD;
        }));
        h.await(f, Duration.ofMinutes(5));
        assertThat(f.join()).isPresent();
        assertThat(seen).containsExactly("123,123");
        long seconds = Duration.between(Harness.T0, h.scheduler.clock().instant()).toSeconds();
        assertThat(seconds).as("1 call + 1 request + 8 steps + the stealing call, 7 s apart").isEqualTo(70);
        assertThat(h.events(SessionEvent.Type.STOLE)).singleElement()
                .satisfies(e -> assertThat(e.loadCount()).isEqualTo(4));
        assertThat(f.join().get().sessionLoadCount()).isEqualTo(5);
    }

    @Test
    void reconcileFillsMissingTemplateKeysOnly() {
        h.rawWrite("Player_11", "{\"Data\":{\"Array\":false,\"Dictionary\":{\"B\":2}},\"MetaData\":"
                + "{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,\"MetaTags\":[]},\"GlobalUpdates\":[0,[]]}");
        Profile p = h.loadNow(a, "Player_11");
        p.reconcile();
        assertThat(p.data().toString()).isEqualTo("{\"Array\":false,\"Dictionary\":{\"B\":2,\"A\":1},\"Counter\":0}");
    }

    @Test
    void aDeadLockIsTakenOverOnlyAfterThirtyMinutesOfSilence() {
        long now = Harness.T0.getEpochSecond();
        String stale = "{\"Data\":[],\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":7,\"LastUpdate\":"
                + "%d,\"ActiveSession\":[9,\"dead\"],\"MetaTags\":[]},\"GlobalUpdates\":[0,[]]}";
        h.rawWrite("Player_12", String.format(stale, now - 1801));
        h.rawWrite("Player_13", String.format(stale, now - 1799));
        h.loadNow(a, "Player_12");
        assertThat(h.events(SessionEvent.Type.TOOK_OVER)).singleElement()
                .satisfies(e -> assertThat(e.loadCount()).isEqualTo(7));
        CompletableFuture<Optional<Profile>> f = a.load("Player_13", LoadHandler.function((p, j) ->
                LoadHandler.Decision.REPEAT));
        h.advance(Duration.ofSeconds(1));
        assertThat(f).isNotDone();
        h.await(f, Duration.ofSeconds(20));
        assertThat(h.events(SessionEvent.Type.TOOK_OVER)).hasSize(2);
    }

    @Test
    void aSaveWithAStaleSessionLoadCountWritesNothing() {
        Profile p = h.loadNow(a, "Player_14");
        h.rawEdit("Player_14", v -> ((ObjectNode) v.get("MetaData")).put("SessionLoadCount", 2));
        p.data().put("Counter", 42);
        h.advance(Duration.ofMinutes(2));
        assertThat(p.isActive()).isFalse();
        assertThat(h.stored("Player_14").at("/Data/Counter").asInt()).isZero();
        assertThat(h.meta("Player_14").get("ActiveSession").get(1).asText()).as("lock left as stored")
                .isEqualTo("job-a");
    }

    @Test
    void autoSaveIsSpreadAndSkipsFreshProfilesAndCallsAreSevenSecondsApart() {
        List<Profile> ps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ps.add(h.loadNow(a, "Player_" + (20 + i)));
        }
        h.advance(Duration.ofSeconds(20));
        assertThat(h.count(SessionEvent.Type.SAVED)).as("fresh profiles are skipped").isZero();
        h.advance(Duration.ofSeconds(100));
        List<SessionEvent> saves = h.events(SessionEvent.Type.SAVED);
        assertThat(saves.size()).isBetween(6, 11);
        for (Profile p : ps) {
            assertThat(saves.stream().filter(e -> e.ref().equals(p.ref())).count()).isBetween(2L, 4L);
        }
        Profile p = ps.get(0);
        p.save();
        p.save();
        h.advance(Duration.ofSeconds(30));
        List<java.time.Instant> times = h.events.stream().filter(e -> e.ref().equals(p.ref())
                && e.type() == SessionEvent.Type.SAVED).map(SessionEvent::at).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        }
    }

    @Test
    void shutdownReleasesEverythingAndRefusesNewLoads() {
        h.loadNow(a, "Player_30");
        h.loadNow(a, "Player_31");
        CompletableFuture<Void> done = a.shutdown();
        h.await(done, Duration.ofMinutes(1));
        assertThat(h.meta("Player_30").has("ActiveSession")).isFalse();
        assertThat(h.meta("Player_31").has("ActiveSession")).isFalse();
        assertThat(a.load("Player_32", LoadHandler.forceLoad()).join()).isEmpty();
        assertThat(a.loadedProfiles()).isEmpty();
        assertThat(a.jobsInFlight()).isZero();
    }

    @Test
    void stealTakesAtOnceAndTheVictimDiscoversItAtItsNextSave() {
        SessionServer b = h.server("job-b", SessionConfig.profileService());
        Profile victim = h.loadNow(a, "Player_40");
        victim.data().put("Counter", 1);
        victim.save();
        h.advance(Duration.ofSeconds(8));
        victim.data().put("Counter", 2);
        Optional<Profile> thief = h.await(b.load("Player_40", LoadHandler.steal()), Duration.ofSeconds(10));
        assertThat(thief).isPresent();
        assertThat(thief.get().data().get("Counter").asInt()).as("last confirmed save").isEqualTo(1);
        h.advance(Duration.ofMinutes(2));
        assertThat(victim.isActive()).isFalse();
        assertThat(h.stored("Player_40").at("/Data/Counter").asInt()).isEqualTo(1);
        assertThat(h.events(SessionEvent.Type.LOST)).singleElement()
                .satisfies(e -> assertThat(e.server()).isEqualTo("1000/job-a"));
    }

    @Test
    void aNewerForceLoadRequesterWinsAndTheOlderGivesUp() {
        SessionServer b = h.server("job-b", SessionConfig.profileService().withAutoSavePeriod(Duration.ofHours(1)));
        SessionServer c = h.server("job-c", SessionConfig.profileService());
        SessionServer d = h.server("job-d", SessionConfig.profileService());
        h.loadNow(b, "Player_50");
        CompletableFuture<Optional<Profile>> older = c.load("Player_50", LoadHandler.forceLoad());
        h.advance(Duration.ofSeconds(3));
        CompletableFuture<Optional<Profile>> newer = d.load("Player_50", LoadHandler.forceLoad());
        assertThat(h.await(older, Duration.ofMinutes(1))).isEmpty();
        assertThat(h.await(newer, Duration.ofMinutes(3))).isPresent();
    }

    @Test
    void keyInfoMirrorsUserIdsAndRobloxMetaDataFromTheValue() {
        Profile p = h.loadNow(a, "Player_60");
        p.robloxMetaData().set("Color", RobloxJson.parse("[0.955,0,0]"));
        p.robloxMetaData().put("Dedication", "Veteran");
        p.addUserId(2312310);
        p.addUserId(50);
        p.addUserId(420);
        p.removeUserId(50);
        p.release();
        h.advance(Duration.ofSeconds(10));
        var entry = h.source.read(h.ref("Player_60")).orElseThrow();
        assertThat(entry.userIds()).containsExactly(2312310L, 420L);
        assertThat(RobloxJson.parse(entry.attributesJson()).toString())
                .isEqualTo("{\"Color\":[0.955,0,0],\"Dedication\":\"Veteran\"}");
        assertThat(h.stored("Player_60").get("UserIds").toString()).isEqualTo("[2312310,420]");
    }

    @Test
    void aKeyWipedWhileLoadedMakesTheReleaseFailAndRetryWithoutWriting() {
        Profile p = h.loadNow(a, "Player_61");
        h.source.delete(h.ref("Player_61"));
        p.release();
        h.advance(Duration.ofSeconds(30));
        assertThat(h.events(SessionEvent.Type.ISSUE).size()).as("the release keeps retrying").isGreaterThan(2);
        assertThat(h.events(SessionEvent.Type.ISSUE).get(0).detail()).contains("wiped or replaced while loaded");
        assertThat(h.source.read(h.ref("Player_61"))).as("nothing written over the wipe").isEmpty();
        assertThat(a.jobsInFlight()).isEqualTo(1);
    }
}
