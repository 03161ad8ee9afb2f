package dev.profilelens.core.mirror;

import java.util.Locale;

/** What copying a mirrored key to a destination would do. */
public enum CopyAction {
    /** The destination has no such key: it is created. */
    CREATE,
    /** The destination already holds the same value, UserIds and attributes: nothing to do. */
    SAME,
    /** The destination holds something else: overwritten only when asked, and only if still unchanged. */
    CONFLICT,
    /** The destination's profile is owned by a live server: never written. */
    LIVE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
