package dev.profilelens.core.edit;

/** How far the user has agreed to go (design.md §3 step 3). */
public enum WriteMode {
    /** Write only a profile whose lock is free. */
    NORMAL,
    /** The lock is stale (its owner is dead): remove it and write. Needs the key typed as confirmation. */
    CLEAR_STALE_LOCK,
    /** Replace a placeholder, corrupt value or missing key as a whole. Needs the key typed as confirmation. */
    REPLACE_WHOLE
}
