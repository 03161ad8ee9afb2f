package dev.profilelens.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a three-way merge. {@code merged} holds every non-conflicting change of both sides; at each
 * conflict it holds {@code theirs} (what is stored now) until the user decides.
 */
public record MergeResult(JsonNode merged, List<Conflict> conflicts) {
    public MergeResult {
        Objects.requireNonNull(merged, "merged");
        conflicts = List.copyOf(conflicts);
    }

    public boolean clean() {
        return conflicts.isEmpty();
    }

    public List<String> conflictPaths() {
        return conflicts.stream().map(Conflict::path).toList();
    }
}
