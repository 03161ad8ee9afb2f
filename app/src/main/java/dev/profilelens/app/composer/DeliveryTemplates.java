package dev.profilelens.app.composer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.settings.JsonFile;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.team.StoreTemplate;
import dev.profilelens.core.updates.SandboxTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The delivery template per store (ADR 0091, 0161), kept in {@code delivery-templates.json} in the data folder in the
 * very format {@code edit --deliver FILE} reads: {@code {"STORE": {"rules": […]}}}. A store without one starts from the
 * sandbox's template for it (or for {@code PlayerData}): a suggestion to adapt to the game's own handler. With a team
 * database set up, the team catalog's delivery template of the store in the connection's universe is used instead
 * (ADR 0212; only admins may change it). Call off the FX thread.
 */
public final class DeliveryTemplates {
    /** The one delivery template a store has in the team catalog is kept under this name. */
    static final String TEAM_NAME = "delivery";
    private final Path file;
    private final TeamTemplates team;

    public DeliveryTemplates(Path file, TeamTemplates team) {
        this.file = file;
        this.team = team;
    }

    /** The store's template as JSON ({@code {"rules":[…]}}). */
    public synchronized JsonNode get(String universe, String store) {
        JsonNode saved = team.joined() ? team.list(universe, store, StoreTemplate.Kind.DELIVERY).stream()
                .findFirst().map(t -> RobloxJson.parse(t.body())).orElse(null) : all().get(store);
        if (saved != null && saved.isObject()) {
            return saved;
        }
        JsonNode sandbox = SandboxTemplates.json();
        return (sandbox.has(store) ? sandbox.get(store) : sandbox.get("PlayerData")).deepCopy();
    }

    /** Keeps {@code template} as the store's template (the team database refuses logins that may not). */
    public synchronized void put(String universe, String store, JsonNode template) {
        if (team.joined()) {
            team.save(new StoreTemplate(universe, store, StoreTemplate.Kind.DELIVERY, TEAM_NAME,
                    RobloxJson.writeString(template)));
            return;
        }
        ObjectNode all = all();
        all.set(store, template.deepCopy());
        try {
            JsonFile.write(file, all);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the delivery templates to " + file, e);
        }
    }

    private ObjectNode all() {
        JsonNode n = JsonFile.read(file, Clock.systemUTC(), problem -> { }).orElse(null);
        return n instanceof ObjectNode o ? o : RobloxJson.nodes().objectNode();
    }
}
