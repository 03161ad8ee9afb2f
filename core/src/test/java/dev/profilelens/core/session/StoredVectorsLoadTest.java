package dev.profilelens.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.SharedVectors;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared stored vector under a first load attempt by a new server at the vectors' "now": free, stale,
 * placeholder and corrupt values are taken at once (§1.4, §3.1, §3.3), active locks get a force-load request and
 * keep their owner and Data.
 */
class StoredVectorsLoadTest {
    private static final JsonNode EXPECTED = SharedVectors.json("inspect-expected.json");

    static Stream<String> vectors() {
        List<String> names = new ArrayList<>();
        EXPECTED.get("expected").fieldNames().forEachRemaining(names::add);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void firstLoadAttemptFollowsTheLockTable(String name) {
        JsonNode expected = EXPECTED.get("expected").get(name);
        String kind = expected.get("kind").asText();
        String lock = expected.path("lock").path("state").asText("free");
        boolean pst = expected.path("dialect").asText().equals("profilestore");
        VirtualScheduler scheduler = new VirtualScheduler(Instant.ofEpochSecond(EXPECTED.get("now").asLong()));
        InMemoryProfileSource source = new InMemoryProfileSource(scheduler.clock());
        EntryRef ref = EntryRef.of("Vectors", "key");
        byte[] stored = SharedVectors.stored(name);
        source.write(new WriteRequest(ref, stored, List.of(), "{}", Precondition.none()));
        JsonNode before = RobloxJson.parse(stored);
        List<SessionEvent> events = new ArrayList<>();
        SessionServer s = new SessionServer(source, scheduler, new ServerTag(77, "vector-job"),
                pst ? SessionConfig.profileStore() : SessionConfig.profileService(), "Vectors",
                (com.fasterxml.jackson.databind.node.ObjectNode) RobloxJson.parse("{\"Fresh\":true}"), 1);
        s.addListener(events::add);
        CompletableFuture<Optional<Profile>> f = s.load("key", LoadHandler.forceLoad());
        scheduler.advance(Duration.ofSeconds(1));
        JsonNode after = RobloxJson.parse(source.read(ref).orElseThrow().value());
        List<SessionEvent.Type> types = events.stream().map(SessionEvent::type).toList();

        if (lock.equals("active")) {
            assertThat(f).isNotDone();
            assertThat(types).containsExactly(SessionEvent.Type.FORCE_LOAD_REQUESTED);
            assertThat(after.at("/MetaData/ActiveSession")).isEqualTo(before.at("/MetaData/ActiveSession"));
            assertThat(after.at("/MetaData/ForceLoadSession").toString()).isEqualTo("[77,\"vector-job\"]");
            assertThat(after.get("Data")).isEqualTo(before.get("Data"));
            assertThat(after.at("/MetaData/SessionLoadCount")).isEqualTo(before.at("/MetaData/SessionLoadCount"));
            return;
        }
        assertThat(f).isDone();
        Profile p = f.join().orElseThrow();
        assertThat(after.at("/MetaData/ActiveSession/1").asText()).isEqualTo("vector-job");
        assertThat(after.at("/MetaData/ForceLoadSession").isMissingNode()).isTrue();
        String flag = pst ? "WasOverwritten" : "WasCorrupted";
        switch (kind) {
            case "corrupt" -> {
                assertThat(types).startsWith(SessionEvent.Type.CORRUPTION);
                assertThat(after.get(flag).asBoolean()).isTrue();
                assertThat(after.at("/GlobalUpdates").toString()).isEqualTo("[0,[]]");
                assertThat(p.data().toString()).isEqualTo("{\"Fresh\":true}");
                assertThat(p.sessionLoadCount()).isEqualTo(1);
            }
            case "placeholder" -> {
                assertThat(after.get("GlobalUpdates")).isEqualTo(before.get("GlobalUpdates"));
                assertThat(after.has(flag)).isFalse();
                assertThat(p.sessionLoadCount()).isEqualTo(1);
                int pending = ProfileCodec.readMailbox(before.get("GlobalUpdates")).pendingCount();
                int seen = pst ? p.messages().unprocessed().size() : p.globalUpdates().active().size()
                        + p.globalUpdates().locked().size();
                assertThat(seen).isEqualTo(pending).isPositive();
            }
            default -> {
                assertThat(types).contains(lock.equals("stale") ? SessionEvent.Type.TOOK_OVER
                        : SessionEvent.Type.LOADED);
                assertThat(after.get("Data")).isEqualTo(before.get("Data"));
                assertThat(after.get(flag).asBoolean()).isFalse();
                assertThat(p.sessionLoadCount()).isEqualTo(before.at("/MetaData/SessionLoadCount").asLong() + 1);
                assertThat(after.at("/MetaData/LastUpdate").asLong()).isEqualTo(EXPECTED.get("now").asLong());
            }
        }
    }
}
