package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One place both sides changed differently; a side that removed the value has {@code null} there. */
public record Conflict(String path, @Nullable JsonNode base, @Nullable JsonNode mine, @Nullable JsonNode theirs) {
    public Conflict {
        Objects.requireNonNull(path, "path");
    }
}
