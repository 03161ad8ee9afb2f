package dev.profilelens.core.team;

import java.util.Objects;

/**
 * A per-store template shared by the team: an update template (a named global update / message), a key template
 * (how keys are named, e.g. {@code Player_{id}}) or the store's delivery template (how an edit becomes updates for a
 * live profile), kept as the text the app's editors use.
 */
public record StoreTemplate(String universe, String store, Kind kind, String name, String body) {
    /** What the template is for. */
    public enum Kind { UPDATE, KEY, DELIVERY }

    public StoreTemplate {
        Objects.requireNonNull(universe, "universe");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }
}
