package dev.profilelens.core.watch;

import java.util.Locale;

/** What changed between two readings of a watched key. */
public enum LockEventKind {
    /** The first reading of a key: its state when the watch began. */
    OBSERVED,
    /** A free profile got an owner. */
    ACQUIRED,
    /** The owner let go (or the key was removed). */
    RELEASED,
    /** Another server took the lock while the previous owner's lock was still fresh. */
    STOLEN,
    /** Another server took the lock after the previous owner's lock had gone dead (stale). */
    TAKEN_OVER_AFTER_DEAD,
    /** The owner's lock passed the dialect's dead-lock age without a new {@code LastUpdate}. */
    WENT_STALE,
    /** A server wrote itself into {@code ForceLoadSession}. */
    FORCE_LOAD_REQUESTED,
    /** {@code SessionLoadCount} changed (a load happened, possibly between two polls). */
    LOAD_COUNT_CHANGED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
