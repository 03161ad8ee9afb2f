package dev.profilelens.connectors.sqlite.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.EditRequest;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.SaveUseCase;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.AppendItem;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.updates.Delivery;
import dev.profilelens.core.updates.DeliveryTemplate;
import dev.profilelens.core.updates.SandboxTemplates;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Edits of profiles the simulated game owns: delivered through the shipped templates (the game applies exactly what
 * they produce), and handed over through the library's force-load request, then applied. Real threads, fast game time.
 */
class LiveEditTest {
    private final InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final SavePipeline pipeline = new SavePipeline(source, audit, Clock.systemUTC(), "t", "sandbox");

    private static List<Intent> gift(String itemId) {
        return List.of(AddDelta.of("/Data/Coins", 500), new AppendItem("/Data/Inventory",
                RobloxJson.parse("{\"Id\":\"" + itemId + "\",\"Item\":\"Royal Crown\"}")));
    }

    private Optional<EntryRef> live(String store) {
        return source.listKeys(store, null, "", null, 1000).items().stream().filter(r -> {
            JsonNode v = RobloxJson.parse(source.read(r).orElseThrow().value());
            return v.at("/MetaData/ActiveSession").isArray() && v.has("Data");
        }).findFirst();
    }

    private EntryRef waitForLive(String store) {
        return await("a live profile in " + store).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> live(store), Optional::isPresent).orElseThrow();
    }

    private boolean hasItem(EntryRef ref, String id) {
        JsonNode inv = RobloxJson.parse(source.read(ref).orElseThrow().value()).at("/Data/Inventory");
        for (JsonNode i : inv) {
            if (i.path("Id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void deliveredThroughTheShippedTemplatesTheGameAppliesTheCoinsAndTheItem() throws Exception {
        List<SimulationEvent> events = new CopyOnWriteArrayList<>();
        SimulationOptions options = new SimulationOptions(2, 300, 7, SimStore.sandboxDefaults(), Duration.ZERO);
        try (SimulatedServers sim = SimulatedServers.start(source, options, events::add)) {
            for (String store : List.of("PlayerData", "PlayerData_v2")) {
                EntryRef ref = waitForLive(store);
                String id = UUID.randomUUID().toString();
                DeliveryTemplate t = DeliveryTemplate.forStore(SandboxTemplates.json(), store, "sandbox");
                Delivery d = new Delivery(pipeline, source);
                Delivery.Sent sent = d.send(ref, gift(id), t, "ticket 1");
                assertThat(sent.updates().get(0).toString()).isEqualTo(
                        "{\"Type\":\"Gift\",\"Item\":\"Coins\",\"Amount\":500}");
                List<Delivery.State> states = d.follow(sent, Duration.ofSeconds(60), Duration.ofMillis(50), s -> { });
                assertThat(states).as("the game took both updates of %s", ref).containsOnly(Delivery.State.TAKEN);
                assertThat(hasItem(ref, id)).as("the crown is in %s's inventory", ref).isTrue();
                assertThat(events).as("the game applied the +500 to %s", ref).anyMatch(e ->
                        e.kind().equals("GIFT_APPLIED") && e.key().endsWith(ref.key())
                                && e.detail().equals("{\"Type\":\"Gift\",\"Item\":\"Coins\",\"Amount\":500}"));
            }
        }
    }

    @Test
    void handedOverTheOwnerReleasesAndTheIntentsLandOnTheReleasedValue() throws Exception {
        SimulationOptions options = new SimulationOptions(2, 300, 11, SimStore.sandboxDefaults(), Duration.ZERO);
        try (SimulatedServers sim = SimulatedServers.start(source, options, e -> { })) {
            for (String store : List.of("PlayerData", "PlayerData_v2")) {
                EntryRef ref = waitForLive(store);
                JsonNode owner = RobloxJson.parse(source.read(ref).orElseThrow().value()).at("/MetaData/ActiveSession");
                Handover h = new Handover(pipeline, source, Clock.systemUTC());
                SaveUseCase save = new SaveUseCase(source, audit, Clock.systemUTC(), "t", "sandbox");
                String id = UUID.randomUUID().toString();
                SaveResult result = null;
                for (int attempt = 0; attempt < 5 && !(result instanceof SaveResult.Written); attempt++) {
                    Handover.Request r = h.request(ref, "ticket 2");
                    Handover.Step step = h.await(r, Duration.ofSeconds(30), Duration.ofMillis(20), () -> false,
                            "ticket 2", s -> { });
                    assertThat(step).isNotEqualTo(Handover.Step.WITHDRAWN);
                    result = save.save(EditRequest.of(ref, gift(id), "ticket 2"));
                }
                assertThat(result).isInstanceOfSatisfying(SaveResult.Written.class, w -> {
                    assertThat(w.before().at("/MetaData/ActiveSession").isMissingNode())
                            .as("written on the released value, never stolen").isTrue();
                    assertThat(w.after().at("/Data/Coins").asLong())
                            .isEqualTo(w.before().at("/Data/Coins").asLong() + 500);
                });
                assertThat(hasItem(ref, id)).as("the crown stays in %s once written", ref).isTrue();
                assertThat(owner.isArray()).isTrue();
                assertThat(audit.query(ref.key(), null, 20)).extracting(a -> a.action())
                        .contains("handover-request", "edit");
            }
        }
    }
}
