package dev.profilelens.core.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A ProfileStore message: {@code [id, message]}. */
public record Message(long id, JsonNode message) {
}
