package dev.profilelens.connectors.sqlite.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Page;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SimulatedServersTest {

    private static Map<EntryRef, String> locks(InMemoryProfileSource source) {
        Map<EntryRef, String> out = new HashMap<>();
        for (String store : List.of("PlayerData", "PlayerData_v2")) {
            Page<EntryRef> page = source.listKeys(store, null, "", null, 1000);
            for (EntryRef ref : page.items()) {
                JsonNode meta = RobloxJson.parse(source.read(ref).orElseThrow().value()).path("MetaData");
                out.put(ref, meta.path("ActiveSession").toString() + " #" + meta.path("SessionLoadCount").asLong());
            }
        }
        return out;
    }

    private static boolean waitFor(java.util.function.BooleanSupplier done, Duration limit)
            throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    @Test
    void twoServersPlayForAFewGameMinutesAndLocksChangeThenStopReleasesEverything() throws Exception {
        InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
        List<SimulationEvent> events = new CopyOnWriteArrayList<>();
        SimulationOptions options = new SimulationOptions(2, 600, 42, SimStore.sandboxDefaults(), Duration.ZERO);
        Map<EntryRef, String> first;
        try (SimulatedServers sim = SimulatedServers.start(source, options, events::add)) {
            assertThat(sim.liveServers()).hasSize(2);
            assertThat(waitFor(() -> sim.counts().getOrDefault("LOADED", 0L) >= 6, Duration.ofSeconds(20))).isTrue();
            first = locks(source);
            assertThat(waitFor(() -> sim.counts().getOrDefault("RELEASED", 0L) >= 3
                    && sim.counts().getOrDefault("SAVED", 0L) >= 10, Duration.ofSeconds(30))).isTrue();
            Map<EntryRef, String> second = locks(source);
            assertThat(second.entrySet()).as("some lock owner or SessionLoadCount moved")
                    .anyMatch(e -> first.containsKey(e.getKey()) && !first.get(e.getKey()).equals(e.getValue()));
        }
        assertThat(events).extracting(SimulationEvent::kind).contains("SERVER_STARTED", "LOADED", "SAVED",
                "RELEASED", "SERVER_STOPPED");
        assertThat(events.stream().map(SimulationEvent::server).distinct().count()).isEqualTo(2);
        for (Map.Entry<EntryRef, String> e : locks(source).entrySet()) {
            assertThat(e.getValue()).as("%s released at stop", e.getKey()).startsWith(" #");
        }
        // A gift to a player who never played leaves a placeholder holding only GlobalUpdates (spec §1.2): no Data.
        List<JsonNode> played = locks(source).keySet().stream()
                .map(r -> RobloxJson.parse(source.read(r).orElseThrow().value()))
                .filter(v -> v.has("Data")).toList();
        assertThat(played).isNotEmpty();
        for (JsonNode ps : played) {
            assertThat(ps.at("/Data/Coins").isIntegralNumber()).as("coins stay a whole number in %s", ps).isTrue();
            assertThat(ps.at("/Data/Coins").asLong()).as("players never spend more than they have").isNotNegative();
            assertThat(ps.at("/MetaData/ActiveSession").isMissingNode()).isTrue();
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("sim-") && t.isAlive());
    }

    @Test
    void aCrashedServerLeavesItsLocksAndAReplacementStarts() throws Exception {
        InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
        List<SimulationEvent> events = new CopyOnWriteArrayList<>();
        SimulationOptions options = new SimulationOptions(2, 600, 7, SimStore.sandboxDefaults(),
                Duration.ofMinutes(2));
        try (SimulatedServers sim = SimulatedServers.start(source, options, events::add)) {
            assertThat(waitFor(() -> sim.counts().getOrDefault("SERVER_CRASHED", 0L) >= 1
                    && sim.counts().getOrDefault("SERVER_STARTED", 0L) >= 3, Duration.ofSeconds(30))).isTrue();
            assertThat(sim.liveServers()).isNotEmpty();
        }
        String crashed = events.stream().filter(e -> e.kind().equals("SERVER_CRASHED")).findFirst().orElseThrow()
                .server();
        assertThat(events.stream().filter(e -> e.server().equals(crashed))
                .map(SimulationEvent::kind)).doesNotContain("SERVER_STOPPED");
    }

    @Test
    void optionsAndStoresRefuseNonsense() {
        assertThatThrownBy(() -> new SimulationOptions(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulationOptions(2, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimStore("X", Dialect.UNKNOWN, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SimStore.sandboxDefaults().get(0).userIdOf("Player_42")).isEqualTo(42);
        assertThat(SimStore.sandboxDefaults().get(1).userIdOf("Player_42")).isEqualTo(-1);
        assertThat(new SimulationOptions(1, 60, 1).wall(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(1));
    }
}
