package dev.profilelens.core.team;

import java.util.Objects;

/**
 * A per-store template shared by the team: an update template (a named edit) or a key template (how keys are
 * named), kept as the text the app's editors use.
 */
public record StoreTemplate(String universe, String store, Kind kind, String name, String body) {
    /** What the template is for. */
    public enum Kind { UPDATE, KEY }

    public StoreTemplate {
        Objects.requireNonNull(universe, "universe");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }
}
