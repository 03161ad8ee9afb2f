package dev.profilelens.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Virtual time, an in-memory store, servers and raw-injection helpers for the scenario tests. */
final class Harness {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String STORE = "PlayerData";

    final VirtualScheduler scheduler = new VirtualScheduler(T0);
    final InMemoryProfileSource source = new InMemoryProfileSource(scheduler.clock());
    final List<SessionEvent> events = new ArrayList<>();
    final ObjectNode template = (ObjectNode) RobloxJson.parse("{\"Counter\":0,\"Dictionary\":{\"A\":1}}");

    SessionServer server(String job, SessionConfig config) {
        SessionServer s = new SessionServer(source, scheduler, new ServerTag(1000, job), config, STORE, template,
                job.hashCode());
        s.addListener(events::add);
        return s;
    }

    <T> T await(CompletableFuture<T> f, Duration limit) {
        assertThat(scheduler.runUntil(f::isDone, limit)).as("completed within %s", limit).isTrue();
        return f.join();
    }

    Profile loadNow(SessionServer s, String key) {
        Optional<Profile> p = await(s.load(key, LoadHandler.forceLoad()), Duration.ofMinutes(5));
        assertThat(p).as("profile %s loaded", key).isPresent();
        return p.get();
    }

    void advance(Duration d) {
        scheduler.advance(d);
    }

    EntryRef ref(String key) {
        return EntryRef.of(STORE, key);
    }

    void rawWrite(String key, String json) {
        source.write(new WriteRequest(ref(key), json.getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                Precondition.none()));
    }

    /** Reads, edits and writes back a stored profile (an outside tool poking the value). */
    void rawEdit(String key, java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode v = (ObjectNode) stored(key);
        edit.accept(v);
        source.write(new WriteRequest(ref(key), RobloxJson.write(v), List.of(), "{}", Precondition.none()));
    }

    JsonNode stored(String key) {
        return RobloxJson.parse(source.read(ref(key)).orElseThrow().value());
    }

    ObjectNode meta(String key) {
        return (ObjectNode) stored(key).get("MetaData");
    }

    long count(SessionEvent.Type type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    List<SessionEvent> events(SessionEvent.Type type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
