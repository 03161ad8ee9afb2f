package dev.profilelens.core.ds2;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Locale;

/**
 * Where a DataStore2 (or home-made "berezaa method") game keeps a player (datastore2.md §1.3–1.5). {@code AUTO}
 * looks at both the Standard location and the OrderedBackups stores.
 */
public enum Ds2Layout {
    /** Standard + ordered store {@code MASTER/USERID}, entries {@code N}; latest = largest ordered value. */
    ORDERED_BACKUPS,
    /** Store {@code MASTER}, key {@code USERID}. */
    STANDARD,
    /** Roblox's MigrateOrderedBackups: the Standard location first (its scope), else OrderedBackups. */
    MIGRATED,
    /** Decide from what is stored; both locations holding data is ambiguous (read-only). */
    AUTO;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Ds2Layout parse(String text) {
        for (Ds2Layout l : values()) {
            if (l.jsonName().equalsIgnoreCase(text)) {
                return l;
            }
        }
        throw new InvalidInputException("Unknown DataStore2 layout \"" + text + "\": use auto, ordered-backups, "
                + "standard or migrated", "--layout");
    }
}
