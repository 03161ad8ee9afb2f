package dev.profilelens.app.composer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.settings.JsonFile;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.updates.SandboxTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The delivery template per store (ADR 0091, 0161), kept in {@code delivery-templates.json} in the data folder in the
 * very format {@code edit --deliver FILE} reads: {@code {"STORE": {"rules": […]}}}. A store without one starts from the
 * sandbox's template for it (or for {@code PlayerData}): a suggestion to adapt to the game's own handler. Call off the
 * FX thread.
 */
public final class DeliveryTemplates {
    private final Path file;

    public DeliveryTemplates(Path file) {
        this.file = file;
    }

    /** The store's template as JSON ({@code {"rules":[…]}}). */
    public synchronized JsonNode get(String store) {
        JsonNode saved = all().get(store);
        if (saved != null && saved.isObject()) {
            return saved;
        }
        JsonNode sandbox = SandboxTemplates.json();
        return (sandbox.has(store) ? sandbox.get(store) : sandbox.get("PlayerData")).deepCopy();
    }

    /** Keeps {@code template} as the store's template. */
    public synchronized void put(String store, JsonNode template) {
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
