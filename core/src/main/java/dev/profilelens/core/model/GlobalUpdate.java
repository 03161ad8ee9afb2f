package dev.profilelens.core.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A ProfileService global update: {@code [update_id, version_id, locked, update_data]}. */
public record GlobalUpdate(long id, long version, boolean locked, JsonNode data) {
}
