package dev.profilelens.core.model;

import java.util.Locale;

/**
 * Which library wrote a value: its dead-lock age (spec §3.3, §3.4), the flag it writes on every UpdateAsync and
 * the names it gives the metadata fields. ProfileService Plus is ProfileService with renamed fields
 * (liveops.md §3.2: {@code Metadata}, {@code Metatags}, {@code RobloxMetadata}; same timings).
 */
public enum Dialect {
    PROFILESERVICE(1800, "WasCorrupted", "MetaData", "MetaTags", "RobloxMetaData", "ProfileService"),
    PROFILESTORE(630, "WasOverwritten", "MetaData", "MetaTags", "RobloxMetaData", "ProfileStore"),
    PROFILESERVICE_PLUS(1800, "WasCorrupted", "Metadata", "Metatags", "RobloxMetadata", "ProfileService Plus"),
    /** DataStore2 keeps no lock and no metadata: the whole stored value is the game's data (datastore2.md §1). */
    DATASTORE2(0, "", "", "", "", "DataStore2"),
    /** No sign of any library; locks are judged with ProfileService's (longer, safer) threshold. */
    UNKNOWN(1800, "WasCorrupted", "MetaData", "MetaTags", "RobloxMetaData", "unknown");

    private final long deadLockSeconds;
    private final String corruptionFlag;
    private final String metaField;
    private final String metaTagsField;
    private final String robloxMetaField;
    private final String label;

    Dialect(long deadLockSeconds, String corruptionFlag, String metaField, String metaTagsField,
            String robloxMetaField, String label) {
        this.deadLockSeconds = deadLockSeconds;
        this.corruptionFlag = corruptionFlag;
        this.metaField = metaField;
        this.metaTagsField = metaTagsField;
        this.robloxMetaField = robloxMetaField;
        this.label = label;
    }

    /** A lock whose {@code LastUpdate} is more than this many seconds old is dead (strictly greater). */
    public long deadLockSeconds() {
        return deadLockSeconds;
    }

    /** The top-level flag this library writes on every UpdateAsync. */
    public String corruptionFlag() {
        return corruptionFlag;
    }

    /** The top-level metadata table: {@code MetaData}, or {@code Metadata} for ProfileService Plus. */
    public String metaField() {
        return metaField;
    }

    /** The tags table inside the metadata: {@code MetaTags}, or {@code Metatags} for ProfileService Plus. */
    public String metaTagsField() {
        return metaTagsField;
    }

    /** The top-level Roblox metadata copy: {@code RobloxMetaData}, or {@code RobloxMetadata} for PS Plus. */
    public String robloxMetaField() {
        return robloxMetaField;
    }

    /** The library's name as users know it. */
    public String label() {
        return label;
    }

    /** True for the session-locking libraries (PS, PSt, PS Plus): values are profiles with metadata. */
    public boolean isProfileLibrary() {
        return this == PROFILESERVICE || this == PROFILESTORE || this == PROFILESERVICE_PLUS;
    }

    /** The name in {@code inspect}'s {@code dialect} field: {@code profileservice-plus}, {@code datastore2}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a {@link #jsonName()} (case-insensitive). */
    public static Dialect fromJsonName(String name) {
        for (Dialect d : values()) {
            if (d.jsonName().equalsIgnoreCase(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dialect " + name);
    }
}
