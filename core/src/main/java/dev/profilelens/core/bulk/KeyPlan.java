package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.store.EntryRef;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the intents do (dry run) or did (run) to one key.
 *
 * @param patch   RFC 6902 patch from the value read to the value planned or written ({@code []} when none)
 * @param written true when the run wrote the key
 * @param message the save use case's message (why a key is live or invalid)
 * @param changes what a write changed, path by path (empty when nothing was written): the journal keeps it so the
 *                batch can be reverted without the store's version history
 */
public record KeyPlan(EntryRef ref, Plan plan, JsonNode patch, boolean written, String message,
                      List<PathChange> changes) {
    /**
     * The four outcomes of cli.md's {@code bulk}, and {@code delivered} (a live profile's edit sent as a global
     * update / message through the store's template, {@code --live deliver}).
     */
    public enum Plan {
        CHANGE, UNCHANGED, LIVE, INVALID, DELIVERED;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public KeyPlan {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(message, "message");
        changes = List.copyOf(changes);
    }

    public KeyPlan(EntryRef ref, Plan plan, JsonNode patch, boolean written, String message) {
        this(ref, plan, patch, written, message, List.of());
    }
}
