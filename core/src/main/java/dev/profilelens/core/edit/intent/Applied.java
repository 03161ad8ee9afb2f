package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** The value after every intent applied, and what each one changed, in order. */
public record Applied(JsonNode value, List<Change> changes) {
    public Applied {
        Objects.requireNonNull(value, "value");
        changes = List.copyOf(changes);
    }
}
