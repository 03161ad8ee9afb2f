package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One path a batch write changed: its value before and after (null = absent). What a revert sets back. */
public record PathChange(String path, @Nullable JsonNode before, @Nullable JsonNode after) {
    public PathChange {
        Objects.requireNonNull(path, "path");
    }
}
