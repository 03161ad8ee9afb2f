package dev.profilelens.core.mirror;

import dev.profilelens.core.store.EntryRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One key's copy: when the key was created, and its versions oldest first (the last is the current one). */
public record MirroredEntry(EntryRef ref, Instant created, List<MirroredVersion> versions) {
    public MirroredEntry {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(created, "created");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a mirrored entry has at least one version");
        }
    }
}
