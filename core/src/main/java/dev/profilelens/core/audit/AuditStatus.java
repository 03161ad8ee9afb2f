package dev.profilelens.core.audit;

import java.util.Locale;

/**
 * Where a logged write stands. A log that records writes in two steps (intended, then done or failed) shows a
 * write whose outcome never arrived (the process died between the two, or lost the log) as {@link #UNCONFIRMED}.
 */
public enum AuditStatus {
    /** Recorded before the game data write; the outcome has not been recorded (yet). */
    UNCONFIRMED,
    /** The game data write succeeded; the entry's versionAfter is the new version. */
    DONE,
    /** The game data write did not happen (conflict, refusal, error). */
    FAILED;

    /** Lower-case name used in storage and output ("unconfirmed", "done", "failed"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this {@link #label()}. */
    public static AuditStatus ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
