package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.MirroredMetadata;
import dev.profilelens.core.store.StoredEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The key's Roblox UserIds and attributes for a write. A write replaces the key's metadata (absent means cleared).
 * When the value mirrors them ({@code UserIds} / {@code RobloxMetaData}, which the libraries' saves write to the
 * key), the mirror is sent, as the library itself would; when the value does not mirror them and the edit did not
 * remove the mirror, the key keeps what it holds now (issue #17: metadata not in the value was lost).
 */
public final class KeyMetadata {
    private KeyMetadata() {
    }

    /** The UserIds to write: the value's mirror when it has one, else the key's current ones. */
    public static List<Long> userIds(@Nullable JsonNode before, JsonNode after, Optional<StoredEntry> stored) {
        return keeps(before, after, stored, "UserIds") ? stored.orElseThrow().userIds()
                : MirroredMetadata.userIds(after);
    }

    /** The attributes to write: the value's mirror when it has one, else the key's current ones. */
    public static String attributes(@Nullable JsonNode before, JsonNode after, Optional<StoredEntry> stored) {
        return keeps(before, after, stored, "RobloxMetaData") ? stored.orElseThrow().attributesJson()
                : MirroredMetadata.attributes(after);
    }

    /** The key keeps its own value of {@code field}: it has one, the value does not mirror it, the edit left it. */
    private static boolean keeps(@Nullable JsonNode before, JsonNode after, Optional<StoredEntry> stored,
                                 String field) {
        return stored.isPresent() && before != null && after.get(field) == null
                && Objects.equals(before.get(field), after.get(field));
    }
}
