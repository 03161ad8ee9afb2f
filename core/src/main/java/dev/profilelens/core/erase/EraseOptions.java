package dev.profilelens.core.erase;

import java.time.Duration;
import java.util.Objects;

/**
 * How an erase runs.
 *
 * @param handover     ask a live owner to release (the library's force-load request) instead of only waiting
 * @param liveTimeout  how long to wait for a live owner per profile before leaving it (reported, not deleted)
 * @param poll         how often to look again while waiting
 * @param recheckAfter how long after the last delete to read every place again for re-creation
 */
public record EraseOptions(boolean handover, Duration liveTimeout, Duration poll, Duration recheckAfter) {
    public EraseOptions {
        Objects.requireNonNull(liveTimeout, "liveTimeout");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(recheckAfter, "recheckAfter");
    }

    /** Hand over, wait up to 2 minutes per live profile, re-check after 35 s (past a ProfileService autosave). */
    public static EraseOptions defaults() {
        return new EraseOptions(true, Duration.ofSeconds(120), Duration.ofMillis(500), Duration.ofSeconds(35));
    }
}
