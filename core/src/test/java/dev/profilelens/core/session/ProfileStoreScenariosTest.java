package dev.profilelens.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The scenarios of ProfileStore's own test place (spec §9.3), with its 10 s auto-save, in virtual time. */
class ProfileStoreScenariosTest {
    private static final SessionConfig PST = SessionConfig.profileStore().withAutoSavePeriod(Duration.ofSeconds(10));
    private final Harness h = new Harness();
    private final SessionServer a = h.server("job-a", PST);

    private static JsonNode tag(String t) {
        return RobloxJson.parse("{\"UpdateTag\":\"" + t + "\"}");
    }

    @Test
    void rapidStartEndTwiceThenRemove() {
        for (int i = 0; i < 2; i++) {
            Profile p = h.loadNow(a, "1");
            p.data().put("Counter", p.data().get("Counter").asInt() + 1);
            p.release();
        }
        h.advance(Duration.ofSeconds(5));
        JsonNode v = h.stored("1");
        assertThat(v.at("/Data/Counter").asInt()).isEqualTo(2);
        assertThat(v.at("/MetaData/SessionLoadCount").asInt()).isEqualTo(2);
        assertThat(v.has("WasOverwritten")).isTrue();
        h.source.delete(h.ref("1"));
        assertThat(h.source.read(h.ref("1"))).isEmpty();
    }

    @Test
    void theLockCarriesAFreshSessionIdPerSession() {
        Profile p = h.loadNow(a, "2");
        JsonNode lock = h.meta("2").get("ActiveSession");
        assertThat(lock.size()).isEqualTo(3);
        assertThat(lock.get(2).asText()).isEqualTo(p.sessionId()).matches("[0-9A-F-]{36}");
        assertThatThrownBy(() -> a.load("2", LoadHandler.forceLoad())).isInstanceOf(IllegalStateException.class);
        p.release();
        Profile q = h.loadNow(a, "2");
        assertThat(q.sessionId()).isNotEqualTo(p.sessionId());
        assertThatThrownBy(() -> a.load("3", LoadHandler.function((x, y) -> LoadHandler.Decision.REPEAT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threeQuickStartsOnlyTheLastGetsTheSession() {
        List<CompletableFuture<Optional<Profile>>> fs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fs.add(a.load("3", LoadHandler.forceLoad()));
        }
        h.await(fs.get(2), Duration.ofSeconds(10));
        assertThat(fs.get(0).join()).isEmpty();
        assertThat(fs.get(1).join()).isEmpty();
        assertThat(fs.get(2).join()).isPresent();
    }

    @Test
    void anInjectedForeignLockEndsTheSessionWithinTwoMinutes() {
        Profile p = h.loadNow(a, "4");
        h.rawWrite("4", "{\"Data\":[],\"MetaData\":{\"ProfileCreateTime\":0,\"SessionLoadCount\":0,"
                + "\"ActiveSession\":[123,123],\"MetaTags\":[]},\"GlobalUpdates\":[0,[]]}");
        assertThat(h.scheduler.runUntil(() -> !p.isActive(), Duration.ofSeconds(120))).isTrue();
        assertThat(h.meta("4").get("ActiveSession").toString()).isEqualTo("[123,123]");
    }

    @Test
    void anInjectedForceLoadRequestEndsTheSessionWithTwoSaves() {
        Profile p = h.loadNow(a, "5");
        h.advance(Duration.ofSeconds(1));
        h.rawEdit("5", v -> ((ObjectNode) v.get("MetaData")).set("ForceLoadSession", RobloxJson.parse("[123,123]")));
        p.data().put("Counter", 9);
        int before = h.events.size();
        assertThat(h.scheduler.runUntil(() -> !p.isActive(), Duration.ofSeconds(120))).isTrue();
        h.advance(Duration.ofSeconds(1));
        List<SessionEvent> after = h.events.subList(before, h.events.size());
        assertThat(after).extracting(SessionEvent::type).containsExactly(SessionEvent.Type.SAVED,
                SessionEvent.Type.SAVED, SessionEvent.Type.RELEASED);
        assertThat(after.get(2).detail()).isEqualTo("External");
        ObjectNode meta = h.meta("5");
        assertThat(meta.has("ActiveSession")).isFalse();
        assertThat(meta.get("ForceLoadSession").toString()).as("PSt never clears FLS").isEqualTo("[123,123]");
        assertThat(h.stored("5").at("/Data/Counter").asInt()).isEqualTo(9);
    }

    @Test
    void aSecondServerStealsAnUnresponsiveSessionAfterAboutFortyFiveSeconds() {
        SessionServer slow = h.server("job-slow", SessionConfig.profileStore());
        SessionServer b = h.server("job-b", PST);
        Profile held = h.loadNow(slow, "6");
        java.time.Instant start = h.scheduler.clock().instant();
        Optional<Profile> got = h.await(b.load("6", LoadHandler.forceLoad()), Duration.ofMinutes(2));
        assertThat(got).isPresent();
        assertThat(Duration.between(start, h.scheduler.clock().instant())).isEqualTo(Duration.ofSeconds(45));
        assertThat(h.events(SessionEvent.Type.STOLE)).hasSize(1);
        assertThat(h.scheduler.runUntil(() -> !held.isActive(), Duration.ofMinutes(6))).isTrue();
        assertThat(h.events(SessionEvent.Type.LOST)).singleElement()
                .satisfies(e -> assertThat(e.server()).isEqualTo("1000/job-slow"));
    }

    @Test
    void messagesGoToHandlersInOrderUntilProcessedAndUnprocessedOnesStay() {
        Profile p = h.loadNow(a, "7");
        List<String> h1 = new ArrayList<>();
        List<String> h2 = new ArrayList<>();
        p.messages().handler((m, processed) -> {
            String t = m.get("UpdateTag").asText();
            h1.add(t);
            if (t.equals("Hello!")) {
                processed.run();
                a.sendMessage("7", tag("Another!"));
            } else if (t.equals("Another!")) {
                processed.run();
            }
        });
        p.messages().handler((m, processed) -> h2.add(m.get("UpdateTag").asText()));
        a.sendMessage("7", tag("No!"));
        a.sendMessage("7", tag("Yes!"));
        a.sendMessage("7", tag("Hello!"));
        assertThat(h.scheduler.runUntil(() -> h1.contains("Another!"), Duration.ofMinutes(2))).isTrue();
        assertThat(h1).containsExactly("No!", "Yes!", "Hello!", "Another!");
        assertThat(h2).containsExactly("No!", "Yes!");
        p.release();
        h.advance(Duration.ofSeconds(2));
        JsonNode entries = h.stored("7").at("/GlobalUpdates/1");
        assertThat(entries).extracting(e -> e.get(1).get("UpdateTag").asText()).containsExactly("No!", "Yes!");
        Profile again = h.loadNow(a, "7");
        List<String> seen = new ArrayList<>();
        again.messages().handler((m, processed) -> seen.add(m.get("UpdateTag").asText()));
        h.advance(Duration.ofSeconds(1));
        assertThat(seen).containsExactly("No!", "Yes!");
    }

    @Test
    void lastSavedDataIsACopyThatFollowsSaves() {
        Profile p = h.loadNow(a, "8");
        p.data().put("LoadedFirstTime", true);
        p.data().putArray("PurchaseIds").add("a");
        assertThat(p.lastSavedData().has("LoadedFirstTime")).isFalse();
        h.advance(Duration.ofMinutes(4));
        assertThat(p.lastSavedData().get("LoadedFirstTime").asBoolean()).isTrue();
        assertThat(p.lastSavedData().at("/PurchaseIds/0").asText()).isEqualTo("a");
        p.data().put("LoadedFirstTime", false);
        assertThat(p.lastSavedData().get("LoadedFirstTime").asBoolean()).isTrue();
    }

    @Test
    void aCorruptValueIsOverwrittenWithTheProfileStoreFlag() {
        h.rawWrite("9", "[\"ThisAintRight\"]");
        h.loadNow(a, "9");
        assertThat(h.count(SessionEvent.Type.CORRUPTION)).isEqualTo(1);
        assertThat(h.stored("9").get("WasOverwritten").asBoolean()).isTrue();
        assertThat(h.stored("9").has("WasCorrupted")).isFalse();
    }

    @Test
    void aProfileStoreDeadLockExpiresAfter630Seconds() {
        long now = Harness.T0.getEpochSecond();
        h.rawWrite("10", "{\"Data\":[],\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":3,\"LastUpdate\":"
                + (now - 631) + ",\"ActiveSession\":[9,\"dead\",\"S\"],\"MetaTags\":[]},\"GlobalUpdates\":[0,[]]}");
        Profile p = h.loadNow(a, "10");
        assertThat(h.events(SessionEvent.Type.TOOK_OVER)).hasSize(1);
        assertThat(p.sessionLoadCount()).isEqualTo(4);
    }

    @Test
    void reconcileAndNoLeftoversAfterEndingEverySession() {
        Profile p = h.loadNow(a, "11");
        p.setData((ObjectNode) RobloxJson.parse("{\"Array\":false}"));
        p.reconcile();
        assertThat(p.data().get("Counter").asInt()).isZero();
        assertThat(p.data().get("Array").asBoolean()).isFalse();
        p.release();
        CompletableFuture<Void> down = a.shutdown();
        h.await(down, Duration.ofSeconds(30));
        assertThat(a.loadedProfiles()).isEmpty();
        assertThat(a.loadsInFlight()).isZero();
        assertThat(a.jobsInFlight()).isZero();
    }

    @Test
    void withMessagingAForceLoadEndsTheOwnersSessionInsteadOfStealing() {
        SessionMessaging bus = new SessionMessaging(Duration.ofMillis(200));
        SessionServer owner = h.server("job-owner", SessionConfig.profileStore());
        SessionServer other = h.server("job-other", SessionConfig.profileStore());
        owner.useMessaging(bus);
        other.useMessaging(bus);
        Profile held = h.loadNow(owner, "12");
        held.data().put("Counter", 41);
        java.time.Instant start = h.scheduler.clock().instant();
        Optional<Profile> got = h.await(other.load("12", LoadHandler.forceLoad()), Duration.ofMinutes(2));
        assertThat(got).isPresent();
        assertThat(Duration.between(start, h.scheduler.clock().instant())).isLessThanOrEqualTo(Duration.ofSeconds(6));
        assertThat(got.get().data().get("Counter").asInt()).as("the owner's final save").isEqualTo(41);
        assertThat(h.count(SessionEvent.Type.STOLE)).isZero();
        assertThat(h.events(SessionEvent.Type.RELEASED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("External"));
        assertThat(bus.topicCount()).as("the ended session unsubscribed").isEqualTo(1);
    }

    @Test
    void withMessagingAMessageMakesTheOwnerSaveAndDeliverEarly() {
        SessionMessaging bus = new SessionMessaging(Duration.ofMillis(200));
        SessionServer owner = h.server("job-owner", SessionConfig.profileStore());
        SessionServer sender = h.server("job-sender", SessionConfig.profileStore());
        owner.useMessaging(bus);
        sender.useMessaging(bus);
        Profile held = h.loadNow(owner, "13");
        List<String> got = new ArrayList<>();
        held.messages().handler((m, processed) -> {
            got.add(m.get("UpdateTag").asText());
            processed.run();
        });
        h.await(sender.sendMessage("13", tag("Gift")), Duration.ofSeconds(5));
        assertThat(h.scheduler.runUntil(() -> !got.isEmpty(), Duration.ofSeconds(10))).isTrue();
        assertThat(got).containsExactly("Gift");
    }
}
