package dev.profilelens.core.store;

import java.time.Instant;

/** One version of an entry; {@code deleted} marks a tombstone. {@code contentLength} is -1 when unknown. */
public record VersionInfo(String version, Instant created, boolean deleted, long contentLength) {
}
