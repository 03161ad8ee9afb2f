package dev.profilelens.core.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One stored value with its Roblox key metadata, exactly as the back end holds it.
 *
 * @param value          the stored JSON bytes, unchanged
 * @param version        opaque version id (Roblox shape {@code A.N.B.01} where the back end makes one)
 * @param userIds        the key's Roblox UserIds (at most 4)
 * @param attributesJson the key's Roblox metadata as a JSON object text ({@code {}} when none)
 * @param created        when the key was first written
 * @param updated        when this version was written
 */
public record StoredEntry(EntryRef ref, byte[] value, String version, List<Long> userIds, String attributesJson,
                          Instant created, Instant updated) {
    public StoredEntry {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(version, "version");
        userIds = List.copyOf(userIds);
        Objects.requireNonNull(attributesJson, "attributesJson");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    public int sizeBytes() {
        return value.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredEntry e && ref.equals(e.ref) && Arrays.equals(value, e.value)
                && version.equals(e.version) && userIds.equals(e.userIds) && attributesJson.equals(e.attributesJson)
                && created.equals(e.created) && updated.equals(e.updated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, Arrays.hashCode(value), version, userIds, attributesJson, created, updated);
    }

    @Override
    public String toString() {
        return "StoredEntry[" + ref + " @" + version + ", " + value.length + " bytes]";
    }
}
