package dev.profilelens.core.model;

import java.util.Locale;

/** What a stored value is, by the libraries' own classification (spec/profile-format.md §1.4). */
public enum Kind {
    /** {@code Data}, the dialect's metadata table and {@code GlobalUpdates} are all tables. */
    PROFILE,
    /** Only a {@code GlobalUpdates} table: written by a global update or message to a key with no profile. */
    PLACEHOLDER,
    /** Anything else: the libraries replace it (and raise CorruptionSignal / OnOverwrite) at the next write. */
    CORRUPT,
    /**
     * Looks like a profile but matches no known library (e.g. {@code Meta} or both {@code MetaData} and
     * {@code Metadata}): shown as it is and read-only, never repaired into another library's shape.
     */
    UNKNOWN,
    /** No value under the key. */
    MISSING;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
