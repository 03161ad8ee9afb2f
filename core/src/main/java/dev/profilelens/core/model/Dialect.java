package dev.profilelens.core.model;

/** Which library wrote a value, with its dead-lock age (spec §3.3, §3.4). */
public enum Dialect {
    PROFILESERVICE(1800, "WasCorrupted"),
    PROFILESTORE(630, "WasOverwritten"),
    /** No sign of either library; locks are judged with ProfileService's (longer, safer) threshold. */
    UNKNOWN(1800, "WasCorrupted");

    private final long deadLockSeconds;
    private final String corruptionFlag;

    Dialect(long deadLockSeconds, String corruptionFlag) {
        this.deadLockSeconds = deadLockSeconds;
        this.corruptionFlag = corruptionFlag;
    }

    /** A lock whose {@code LastUpdate} is more than this many seconds old is dead (strictly greater). */
    public long deadLockSeconds() {
        return deadLockSeconds;
    }

    /** The top-level flag this library writes on every UpdateAsync. */
    public String corruptionFlag() {
        return corruptionFlag;
    }

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code profileservice} / {@code profilestore} (case-insensitive). */
    public static Dialect fromJsonName(String name) {
        for (Dialect d : values()) {
            if (d.jsonName().equalsIgnoreCase(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dialect " + name);
    }
}
