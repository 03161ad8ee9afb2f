package dev.profilelens.core.mirror;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One version as the source holds it, to be stored under the same id and time.
 *
 * @param value null for a tombstone (the key was deleted in this version)
 */
public record MirroredVersion(String version, Instant at, byte @Nullable [] value, List<Long> userIds,
                              String attributesJson) {
    public MirroredVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(at, "at");
        userIds = List.copyOf(userIds);
        Objects.requireNonNull(attributesJson, "attributesJson");
    }

    public boolean deleted() {
        return value == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MirroredVersion v && version.equals(v.version) && at.equals(v.at)
                && Arrays.equals(value, v.value) && userIds.equals(v.userIds)
                && attributesJson.equals(v.attributesJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, at, Arrays.hashCode(value), userIds, attributesJson);
    }
}
