package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a save did.
 *
 * @param written       false when nothing changed (no write was issued)
 * @param versionBefore the version replaced
 * @param versionAfter  the new version (equal to before when nothing was written)
 * @param stored        the value now stored
 * @param patch         RFC 6902 patch from the replaced value to the stored one
 * @param mergedPaths   paths changed by someone else meanwhile and merged in automatically
 */
public record SaveOutcome(boolean written, @Nullable String versionBefore, @Nullable String versionAfter,
                          JsonNode stored, JsonNode patch, List<String> mergedPaths) {
    public SaveOutcome {
        mergedPaths = List.copyOf(mergedPaths);
    }
}
