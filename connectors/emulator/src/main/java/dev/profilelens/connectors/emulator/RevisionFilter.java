package dev.profilelens.connectors.emulator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import dev.profilelens.core.store.VersionQuery;

/** The listRevisions filter: {@code revision_create_time >= T && revision_create_time <= T}; newest first. */
final class RevisionFilter {
    private RevisionFilter() {
    }

    static VersionQuery parse(@Nullable String filter) {
        Instant from = null;
        Instant to = null;
        if (filter != null && !filter.isBlank()) {
            for (String part : filter.split("&&")) {
                String p = part.strip();
                try {
                    if (p.startsWith("revision_create_time >=")) {
                        from = Instant.parse(p.substring(23).strip());
                    } else if (p.startsWith("revision_create_time <=")) {
                        to = Instant.parse(p.substring(23).strip());
                    } else {
                        throw ApiError.v2(400, "INVALID_ARGUMENT", "The provided filter is invalid.");
                    }
                } catch (DateTimeParseException e) {
                    throw ApiError.v2(400, "INVALID_ARGUMENT", "The provided filter is invalid.");
                }
            }
        }
        return new VersionQuery(from, to, true);
    }
}
