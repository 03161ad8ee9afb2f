package dev.profilelens.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** The library-managed {@code MetaData} of a profile; absent fields are null. */
public record MetaData(@Nullable Long profileCreateTime, @Nullable Long sessionLoadCount,
                       @Nullable SessionTag activeSession, @Nullable SessionTag forceLoadSession,
                       @Nullable Long lastUpdate, @Nullable JsonNode metaTags) {
}
