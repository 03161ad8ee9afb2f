package dev.profilelens.connectors.sqlite.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.session.SessionConfig;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Simulated servers playing ProfileService Plus profiles: its field names, ProfileService's lock timings. */
class PlusServersTest {

    @Test
    void plusProfilesAreLockedSavedAndReleasedInTheirOwnDialect() throws Exception {
        assertThat(SessionConfig.of(Dialect.PROFILESERVICE_PLUS).assumeDead()).isEqualTo(Duration.ofSeconds(1800));
        assertThat(SessionConfig.of(Dialect.PROFILESERVICE_PLUS).forceLoadMaxSteps()).isEqualTo(8);
        InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
        List<SimulationEvent> events = new CopyOnWriteArrayList<>();
        SimulationOptions options = new SimulationOptions(2, 600, 3,
                List.of(new SimStore("PlayerData_plus", Dialect.PROFILESERVICE_PLUS, "")), Duration.ZERO);
        JsonNode live = null;
        try (SimulatedServers sim = SimulatedServers.start(source, options, events::add)) {
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < end && (sim.counts().getOrDefault("SAVED", 0L) < 5 || live == null)) {
                for (EntryRef ref : source.listKeys("PlayerData_plus", null, "", null, 100).items()) {
                    JsonNode v = RobloxJson.parse(source.read(ref).orElseThrow().value());
                    if (v.at("/Metadata/ActiveSession").isArray()) {
                        live = v;
                    }
                }
                Thread.sleep(100);
            }
            assertThat(sim.counts().getOrDefault("LOADED", 0L)).isGreaterThanOrEqualTo(2);
            assertThat(sim.counts().getOrDefault("SAVED", 0L)).isGreaterThanOrEqualTo(5);
        }
        assertThat(live).as("a PS Plus profile with a live lock was seen").isNotNull();
        assertThat(live.has("MetaData")).isFalse();
        assertThat(live.at("/Metadata/SessionLoadCount").asLong()).isPositive();
        var reading = ProfileCodec.read(RobloxJson.write(live));
        assertThat(reading.kind()).isEqualTo(Kind.PROFILE);
        assertThat(reading.dialect()).isEqualTo(Dialect.PROFILESERVICE_PLUS);
        // after a clean stop every lock is released, still in the Plus spelling
        for (EntryRef ref : source.listKeys("PlayerData_plus", null, "", null, 100).items()) {
            JsonNode v = RobloxJson.parse(source.read(ref).orElseThrow().value());
            assertThat(v.has("MetaData")).as(ref.key()).isFalse();
            if (!v.has("Data")) {
                continue; // a placeholder: a gift sent to a player who never played ({GlobalUpdates} only)
            }
            assertThat(v.at("/Metadata/ActiveSession").isMissingNode() || v.at("/Metadata/ActiveSession").isNull())
                    .as(ref.key()).isTrue();
            assertThat(v.at("/Metadata/Metatags").isContainerNode()).as(ref.key()).isTrue();
        }
    }
}
