package dev.profilelens.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a stored value says, read without changing it. Fields the value does not have are null
 * ({@code userIds} is null for a profile written before 2021, {@code meta} for placeholders, ...).
 *
 * @param root the parsed value (null when missing)
 * @param sizeBytes the stored size in bytes
 */
public record ProfileReading(Kind kind, Dialect dialect, @Nullable JsonNode root, int sizeBytes,
                             @Nullable JsonNode data, @Nullable MetaData meta, @Nullable Mailbox mailbox,
                             @Nullable List<JsonNode> userIds, @Nullable JsonNode robloxMetaData,
                             @Nullable Boolean wasCorrupted, @Nullable Boolean wasOverwritten) {

    public static ProfileReading missing() {
        return new ProfileReading(Kind.MISSING, Dialect.UNKNOWN, null, 0, null, null, null, null, null, null, null);
    }

    public @Nullable SessionTag activeSession() {
        return meta == null ? null : meta.activeSession();
    }
}
