package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.store.EntryRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A write through the pipeline.
 *
 * @param base         the value as it was read (null when the key was missing)
 * @param baseVersion  its version (null when the key was missing)
 * @param edited       the value the user wants stored
 * @param reason       why (recorded in the audit log; required)
 * @param confirmation the key typed by the user, required for {@link WriteMode#CLEAR_STALE_LOCK} and
 *                     {@link WriteMode#REPLACE_WHOLE}
 */
public record SaveRequest(EntryRef ref, @Nullable JsonNode base, @Nullable String baseVersion, JsonNode edited,
                          String reason, WriteMode mode, @Nullable String confirmation) {
    public SaveRequest {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(edited, "edited");
        Objects.requireNonNull(mode, "mode");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required for every write");
        }
    }

    public static SaveRequest normal(EntryRef ref, @Nullable JsonNode base, @Nullable String baseVersion,
                                     JsonNode edited, String reason) {
        return new SaveRequest(ref, base, baseVersion, edited, reason, WriteMode.NORMAL, null);
    }
}
