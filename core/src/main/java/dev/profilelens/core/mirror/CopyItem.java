package dev.profilelens.core.mirror;

import dev.profilelens.core.store.EntryRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One key of a copy plan.
 *
 * @param destVersion the destination's version when planned (null when missing): a write is conditional on it
 * @param outcome     after a run: written, skipped, or why not ("changed since the dry run")
 */
public record CopyItem(EntryRef ref, CopyAction action, @Nullable String destVersion, String outcome) {
    public CopyItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    CopyItem withOutcome(String o) {
        return new CopyItem(ref, action, destVersion, o);
    }
}
