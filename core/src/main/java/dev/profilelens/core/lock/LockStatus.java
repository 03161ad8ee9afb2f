package dev.profilelens.core.lock;

import java.util.Locale;

/** Lock states (spec §3.5, cli.md). */
public enum LockStatus {
    /** No {@code ActiveSession}: any server may load it; ProfileLens may write. */
    FREE,
    /** Owned by a server whose last write is recent enough (or has no {@code LastUpdate}). */
    ACTIVE,
    /** Owned, but {@code LastUpdate} is older than the dialect's dead-lock age: the next loader takes it. */
    STALE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
