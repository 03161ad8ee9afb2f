package dev.profilelens.core.mirror;

import dev.profilelens.core.ordered.OrderedStoreRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One mirrored ordered entry in a copy back: its plan (create / same / conflict), the destination's value, outcome. */
public record OrderedCopyItem(OrderedStoreRef store, String key, long value, CopyAction action,
                              @Nullable Long destValue, String outcome) {
    public OrderedCopyItem {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public OrderedCopyItem withOutcome(String newOutcome) {
        return new OrderedCopyItem(store, key, value, action, destValue, newOutcome);
    }
}
