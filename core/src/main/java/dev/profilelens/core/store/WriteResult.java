package dev.profilelens.core.store;

import java.time.Instant;

/** What a successful write produced: the new version id and its time. */
public record WriteResult(String version, Instant created) {
}
