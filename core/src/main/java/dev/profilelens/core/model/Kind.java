package dev.profilelens.core.model;

/** What a stored value is, by the libraries' own classification (spec/profile-format.md §1.4). */
public enum Kind {
    /** {@code Data}, {@code MetaData} and {@code GlobalUpdates} are all tables. */
    PROFILE,
    /** Only a {@code GlobalUpdates} table: written by a global update or message to a key with no profile. */
    PLACEHOLDER,
    /** Anything else: the libraries replace it (and raise CorruptionSignal / OnOverwrite) at the next write. */
    CORRUPT,
    /** No value under the key. */
    MISSING;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
