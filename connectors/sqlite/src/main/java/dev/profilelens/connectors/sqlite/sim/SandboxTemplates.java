package dev.profilelens.connectors.sqlite.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The delivery templates the sandbox ships (ADR 0091): per store, how an edit becomes a global update / message that
 * the simulated game applies ({@link PlayerBehaviour#applyGift}): a delta on a number in Data becomes
 * {@code {"Type":"Gift","Item":NAME,"Amount":DELTA}}, an item appended to {@code Data.Inventory} becomes
 * {@code {"Type":"Grant","Item":ITEM}}.
 */
public final class SandboxTemplates {
    private static final String RESOURCE = "delivery-templates.json";

    private SandboxTemplates() {
    }

    /** {@code {"STORE": {"rules": […]}, …}} for every sandbox store. */
    public static JsonNode json() {
        try (InputStream in = SandboxTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sandbox delivery templates are missing from the build");
            }
            return RobloxJson.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
