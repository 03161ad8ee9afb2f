package dev.profilelens.core.team;

/** What a login may do in the team database, from its membership in the ProfileLens roles. */
public enum TeamRole {
    /** Member of none of the ProfileLens roles: cannot use the team database. */
    NONE,
    /** Reads the log, the index, profiles and templates; cannot record writes, so its ProfileLens is read-only. */
    VIEWER,
    /** Also records writes and runs scans. */
    EDITOR,
    /** Also manages the shared connection profiles and templates. */
    ADMIN;

    public boolean canWrite() {
        return this == EDITOR || this == ADMIN;
    }
}
