package dev.profilelens.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A server's identity as stored in {@code ActiveSession} / {@code ForceLoadSession}: PlaceId and JobId (any JSON
 * scalars: tests store {@code [123, 123]}) and, for ProfileStore locks, the per-session GUID.
 */
public record SessionTag(JsonNode placeId, JsonNode jobId, @Nullable String sessionId) {
    public SessionTag {
        Objects.requireNonNull(placeId, "placeId");
        Objects.requireNonNull(jobId, "jobId");
    }

    /** Same server: PlaceId and JobId equal (a third element is ignored, as the libraries do). */
    public boolean sameServer(SessionTag other) {
        return placeId.equals(other.placeId) && jobId.equals(other.jobId);
    }

    /** Human form, e.g. {@code 1818 / 8c4b6c1e-…}. */
    public String display() {
        return placeId.asText() + " / " + jobId.asText() + (sessionId == null ? "" : " / " + sessionId);
    }
}
