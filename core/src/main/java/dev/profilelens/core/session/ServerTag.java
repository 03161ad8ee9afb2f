package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.profilelens.core.codec.RobloxJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** This server's identity: {@code game.PlaceId} and {@code game.JobId}. */
public record ServerTag(long placeId, String jobId) {
    public ServerTag {
        Objects.requireNonNull(jobId, "jobId");
    }

    /** {@code [placeId, jobId]} (PS locks, every force-load request). */
    public ArrayNode toJson() {
        return RobloxJson.nodes().arrayNode().add(placeId).add(jobId);
    }

    /** {@code [placeId, jobId, sessionId]} (a PSt lock). */
    public ArrayNode toJson(String sessionId) {
        return toJson().add(sessionId);
    }

    /** "Is this": elements 1 and 2 equal; a third element is ignored (spec §3). */
    public boolean matches(@Nullable JsonNode tag) {
        if (tag == null || !tag.isArray() || tag.size() < 2) {
            return false;
        }
        JsonNode p = tag.get(0);
        JsonNode j = tag.get(1);
        return p.isNumber() && p.asDouble() == placeId && j.isTextual() && j.textValue().equals(jobId);
    }

    public String display() {
        return placeId + "/" + jobId;
    }
}
